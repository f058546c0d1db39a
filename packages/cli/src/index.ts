/**
 * `@kamtibmas/cli` — the `kamtibmas` command. Importing the package gives {@link main}, the
 * command as a function, for embedding and tests, and the streaming JSON reader it is built on.
 *
 * @packageDocumentation
 */

export type { CliIo } from './CliIo';
export { formatJsonSyntaxError } from './json/formatJsonSyntaxError';
export type { JsonExpectation } from './json/JsonExpectation';
export type { JsonRecord } from './json/JsonRecord';
export { JsonRecordParser } from './json/JsonRecordParser';
export type { JsonRecordParserOptions } from './json/JsonRecordParserOptions';
export type { JsonStreamItem } from './json/JsonStreamItem';
export type { JsonSyntaxError } from './json/JsonSyntaxError';
export { readJsonRecords } from './json/readJsonRecords';
export { main } from './main';
export type { CliLocale } from './messages/CliLocale';
