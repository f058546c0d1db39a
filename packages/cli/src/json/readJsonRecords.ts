import { JsonRecordParser } from './JsonRecordParser';
import type { JsonRecordParserOptions } from './JsonRecordParserOptions';
import type { JsonStreamItem } from './JsonStreamItem';

/**
 * Reads records from a stream of text chunks as they arrive: each element of a top-level array,
 * each value of an NDJSON stream, or the one value of a JSON document. Memory holds one chunk and
 * the record being read, never the whole input.
 *
 * @param chunks - Text chunks in order (a decoded file or stdin).
 * @param options - Parser options, see {@link JsonRecordParserOptions}.
 * @returns An async iterator of records and syntax errors, in input order.
 * @example
 * ```ts
 * async function* chunks() { yield '[1,'; yield '2]'; }
 * for await (const item of readJsonRecords(chunks())) console.log(item.type, item.line);
 * //=> record 1
 * //=> record 1
 * ```
 * @category JSON streaming
 */
export async function* readJsonRecords(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: JsonRecordParserOptions = {},
): AsyncGenerator<JsonStreamItem, void, undefined> {
  const parser = new JsonRecordParser(options);
  for await (const chunk of chunks) {
    yield* parser.write(chunk);
  }
  yield* parser.end();
}
