/**
 * `@kamtibmas/cli` — the `kamtibmas` command. Importing the package gives {@link main}, the
 * command as a function, for embedding and tests.
 *
 * @packageDocumentation
 */

export { type CliIo, main } from './main';
