/**
 * Splits a stream of text chunks into lines as they arrive, holding only the line being read:
 * memory does not grow with the input. Line breaks are `\n` or `\r\n`; blank lines are skipped
 * but counted.
 *
 * @param chunks - Decoded text, chunk by chunk.
 * @returns Each non-blank line with its 1-based number.
 * @example
 * ```ts
 * for await (const item of readLines(['{"text":"a"}\n\n{"te', 'xt":"b"}'])) console.log(item.line);
 * //=> 1
 * //=> 3
 * ```
 * @category Input
 */
export async function* readLines(
  chunks: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<{ line: number; text: string }, void, undefined> {
  let rest = '';
  let line = 0;
  for await (const chunk of chunks) {
    let text = rest + chunk;
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      line++;
      const item = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
      start = end + 1;
      if (item.trim().length > 0) yield { line, text: item };
    }
    text = text.slice(start);
    rest = text;
  }
  if (rest.trim().length > 0) yield { line: line + 1, text: rest.endsWith('\r') ? rest.slice(0, -1) : rest };
}
