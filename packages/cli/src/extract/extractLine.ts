import { isLocalDate } from '@kamtibmas/core';
import { type ExtractArticleOptions, extractArticle } from '@kamtibmas/extract';
import { validateDataset } from '@kamtibmas/validators';
import { formatJsonSyntaxError } from '../json/formatJsonSyntaxError';
import { JsonRecordParser } from '../json/JsonRecordParser';
import type { JsonSyntaxError } from '../json/JsonSyntaxError';
import type { CliLocale } from '../messages/CliLocale';
import { EXTRACT_MESSAGES, type RecordProblem } from '../messages/extractMessages';

/**
 * How `kamtibmas extract` treats each article.
 *
 * @example
 * ```ts
 * const options: ExtractLineOptions = { validate: true, locale: 'en' };
 * ```
 * @category Extraction
 */
export interface ExtractLineOptions {
  /** Attach `validation: { ok, issues }` from `validateDataset` to each extraction. */
  validate: boolean;
  /** Language of messages and validation issues. */
  locale: CliLocale;
}

/**
 * One NDJSON line's outcome: the output line (without its newline) and what to count.
 *
 * @example
 * ```ts
 * const result: LineResult = { line: 1, out: '{"file":"a.ndjson","line":1,"error":{…}}', failed: true, invalid: false, message: '…' };
 * ```
 * @category Extraction
 */
export interface LineResult {
  /** The input line number. */
  line: number;
  /** The JSON line to print. */
  out: string;
  /** The line was not an article record (an error record was printed). */
  failed: boolean;
  /** With `validate`: the draft did not pass `validateDataset`. */
  invalid: boolean;
  /** For a failed line: the message for stderr (without location). */
  message?: string;
}

/** The first syntax error of one line, as the streaming parser words it, placed at `line`. */
function syntaxErrorOf(text: string, line: number): JsonSyntaxError | undefined {
  const parser = new JsonRecordParser({ lineDelimited: true });
  for (const item of [...parser.write(text), ...parser.end()]) {
    if (item.type === 'syntax-error') return { ...item, line, recovered: true };
  }
  return undefined;
}

/** The article options of an NDJSON record, or what is wrong with it. */
function readRecord(value: unknown): { text: string; options: ExtractArticleOptions } | RecordProblem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'not-object' };
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return { kind: 'no-text' };
  const options: ExtractArticleOptions = {};
  for (const field of ['url', 'publisher'] as const) {
    const given = record[field];
    if (given === undefined || given === null) continue;
    if (typeof given !== 'string') return { kind: 'field', field };
    options[field] = given;
  }
  const publishedOn = record.publishedOn;
  if (publishedOn !== undefined && publishedOn !== null) {
    if (typeof publishedOn !== 'string' || !isLocalDate(publishedOn)) return { kind: 'field', field: 'publishedOn' };
    options.publishedOn = publishedOn;
  }
  return { text: record.text, options };
}

/**
 * Extracts one article and wraps it with its validation result when asked: what
 * `kamtibmas extract` prints for a text file (with `validation` added to the extraction).
 *
 * @param text - The article.
 * @param articleOptions - What is known besides the text (`url`, `publisher`, `publishedOn`).
 * @param options - Validation and locale.
 * @returns The extraction (plus `validation: { ok, issues }` with `options.validate`) and whether it is invalid.
 * @example
 * ```ts
 * extractText('Polres Lebong menggelar sosialisasi.', {}, { validate: true, locale: 'en' }).value.validation
 * //=> { ok: true, issues: [] }
 * ```
 * @category Extraction
 */
export function extractText(
  text: string,
  articleOptions: ExtractArticleOptions,
  options: ExtractLineOptions,
): { value: object; invalid: boolean } {
  const extraction = extractArticle(text, articleOptions);
  if (!options.validate) return { value: extraction, invalid: false };
  const result = validateDataset(extraction.dataset, { locale: options.locale });
  const validation = { ok: result.ok, issues: result.ok ? [] : result.issues };
  return { value: { ...extraction, validation }, invalid: !result.ok };
}

/**
 * Reads one NDJSON line `{ url?, publisher?, publishedOn?, text }`, extracts the article and
 * returns the output line `{ file, line, id?, url?, extraction, validation? }` — or, for a line
 * that is not such a record, `{ file, line, error: { code, message } }` with `failed` set. Never
 * throws.
 *
 * @param text - The line, without its line break.
 * @param file - The input's name, for the output record.
 * @param line - The line number (1-based).
 * @param options - Validation and locale.
 * @returns The output line and its counts.
 * @example
 * ```ts
 * extractLine('{"text": 1}', 'a.ndjson', 4, { validate: false, locale: 'en' }).failed
 * //=> true
 * ```
 * @category Extraction
 */
export function extractLine(text: string, file: string, line: number, options: ExtractLineOptions): LineResult {
  const words = EXTRACT_MESSAGES[options.locale];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const error = syntaxErrorOf(text, line);
    const message =
      error === undefined ? words.record({ kind: 'not-object' }) : formatJsonSyntaxError(error, options.locale);
    return {
      line,
      out: JSON.stringify({ file, line, error: { code: 'invalid_json', message } }),
      failed: true,
      invalid: false,
      message,
    };
  }
  const record = readRecord(value);
  if ('kind' in record) {
    const message = words.record(record);
    return {
      line,
      out: JSON.stringify({ file, line, error: { code: 'invalid_record', message } }),
      failed: true,
      invalid: false,
      message,
    };
  }
  const id = (value as { id?: unknown }).id;
  const extracted = extractText(record.text, record.options, options);
  const { validation, ...extraction } = extracted.value as { validation?: unknown };
  const out = JSON.stringify({
    file,
    line,
    ...(typeof id === 'string' || typeof id === 'number' ? { id } : {}),
    ...(record.options.url === undefined ? {} : { url: record.options.url }),
    extraction,
    ...(validation === undefined ? {} : { validation }),
  });
  return { line, out, failed: false, invalid: extracted.invalid };
}
