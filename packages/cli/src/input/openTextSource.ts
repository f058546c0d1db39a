import { open, stat } from 'node:fs/promises';
import { InputError, toInputError } from './InputError';

/**
 * A readable text input: its display name, whether it is known to be NDJSON, and its decoded
 * text, chunk by chunk.
 *
 * @example
 * ```ts
 * const source: TextSource = { name: 'events.ndjson', lineDelimited: true, chunks: ['{"id":"a"}\n'] };
 * ```
 * @category Input
 */
export interface TextSource {
  /** The path as given, or `<stdin>`. */
  name: string;
  /** True for `.ndjson`, `.jsonl` and `.ldjson` files. */
  lineDelimited: boolean;
  /** UTF-8-decoded text (a leading byte-order mark removed), chunk by chunk. */
  chunks: AsyncIterable<string>;
}

const CHUNK_BYTES = 64 * 1024;
const LINE_DELIMITED_EXTENSIONS = ['.ndjson', '.jsonl', '.ldjson'];

async function* decode(bytes: AsyncIterable<Uint8Array | string>): AsyncGenerator<string, void, undefined> {
  // TextDecoder keeps a multi-byte character split across chunks and drops a leading BOM.
  const decoder = new TextDecoder('utf-8');
  let first = true;
  for await (const chunk of bytes) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

async function* readFileBytes(path: string): AsyncGenerator<Uint8Array, void, undefined> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw toInputError(path, error);
  }
  try {
    const buffer = new Uint8Array(CHUNK_BYTES);
    for (;;) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null));
      } catch (error) {
        throw toInputError(path, error);
      }
      if (bytesRead === 0) return;
      // A copy: the consumer may still hold the previous chunk while the buffer is refilled.
      yield buffer.slice(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/**
 * Checks that a path names a readable regular file (or `-` with a stdin), so that usage and I/O
 * problems are reported before any output.
 *
 * @param path - A path from the command line, or `-`.
 * @param hasStdin - Whether standard input is available.
 * @returns Nothing when readable.
 * @throws {@link InputError} when missing, a directory, or not permitted.
 * @example
 * ```ts
 * await checkReadable('missing.json', false)
 * //=> throws InputError (reason 'not-found')
 * ```
 * @category Input
 */
export async function checkReadable(path: string, hasStdin: boolean): Promise<void> {
  if (path === '-') {
    if (!hasStdin) throw new InputError(path, 'no-stdin', 'standard input is not available');
    return;
  }
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(path, 'is-directory', `EISDIR: ${path} is a directory`);
  } catch (error) {
    throw toInputError(path, error);
  }
}

/**
 * Opens a file (or `-` for stdin) as a stream of decoded text chunks. Reading is lazy: nothing is
 * read until the chunks are iterated, and only one chunk is held at a time.
 *
 * @param path - A file path, or `-` for standard input.
 * @param stdin - Standard input's bytes, used for `-`.
 * @returns The text source.
 * @throws {@link InputError} for `-` without a stdin; file errors surface while iterating.
 * @example
 * ```ts
 * const source = openTextSource('events.ndjson');
 * source.lineDelimited
 * //=> true
 * ```
 * @category Input
 */
export function openTextSource(path: string, stdin?: AsyncIterable<Uint8Array | string>): TextSource {
  if (path === '-') {
    if (stdin === undefined) throw new InputError(path, 'no-stdin', 'standard input is not available');
    return { name: '<stdin>', lineDelimited: false, chunks: decode(stdin) };
  }
  const lower = path.toLowerCase();
  return {
    name: path,
    lineDelimited: LINE_DELIMITED_EXTENSIONS.some((extension) => lower.endsWith(extension)),
    chunks: decode(readFileBytes(path)),
  };
}
