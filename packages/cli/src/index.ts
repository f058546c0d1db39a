/**
 * `@kamtibmas/cli` — the `kamtibmas` command. Importing the package gives {@link main}, the
 * command as a function, for embedding and tests, and the streaming JSON reader it is built on.
 *
 * @packageDocumentation
 */

export type { CliIo } from './CliIo';
export { formatJsonSyntaxError } from './json/formatJsonSyntaxError';
export {
  type JsonExpectation,
  type JsonRecord,
  JsonRecordParser,
  type JsonRecordParserOptions,
  type JsonStreamItem,
  type JsonSyntaxError,
} from './json/JsonRecordParser';
export { readJsonRecords } from './json/readJsonRecords';
export { main } from './main';
export type { CliLocale } from './messages/CliLocale';
