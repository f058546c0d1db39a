/**
 * What an input holds: one article as plain text, or NDJSON article records.
 *
 * @example
 * ```ts
 * const kind: ExtractInputKind = 'ndjson';
 * ```
 * @category Extraction
 */
export type ExtractInputKind = 'text' | 'ndjson';

const NDJSON_EXTENSIONS = ['.ndjson', '.jsonl', '.ldjson'];

/**
 * Decides what an input holds: `.ndjson`/`.jsonl`/`.ldjson` files are NDJSON, `.txt` files are
 * text; anything else (standard input, `.json`, no extension) is NDJSON when its first non-blank
 * character is `{`, else text. Reads only as far as that character; the chunks returned replay
 * what was read.
 *
 * @param name - The path as given (`-` for standard input).
 * @param chunks - The input's decoded text.
 * @returns The kind and the chunks to read from.
 * @example
 * ```ts
 * (await sniffInputKind('-', ['  {"text": "…"}\n'])).kind
 * //=> 'ndjson'
 * ```
 * @category Extraction
 */
export async function sniffInputKind(
  name: string,
  chunks: AsyncIterable<string> | Iterable<string>,
): Promise<{ kind: ExtractInputKind; chunks: AsyncIterable<string> }> {
  const lower = name.toLowerCase();
  if (NDJSON_EXTENSIONS.some((extension) => lower.endsWith(extension)))
    return { kind: 'ndjson', chunks: toAsync(chunks) };
  if (lower.endsWith('.txt')) return { kind: 'text', chunks: toAsync(chunks) };
  const iterator = (Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]()) as
    | AsyncIterator<string>
    | Iterator<string>;
  const seen: string[] = [];
  let kind: ExtractInputKind = 'text';
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    const first = next.value.trimStart();
    if (first.length > 0) {
      kind = first.startsWith('{') ? 'ndjson' : 'text';
      break;
    }
  }
  async function* replay(): AsyncGenerator<string, void, undefined> {
    yield* seen;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { kind, chunks: replay() };
}

async function* toAsync(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string, void, undefined> {
  yield* chunks;
}
