import type { InputError } from '../input/InputError';
import type { CliLocale } from './CliLocale';
import { VALIDATE_MESSAGES } from './validateMessages';

/**
 * Counts shown in the summary of `kamtibmas extract`.
 *
 * @example
 * ```ts
 * const totals: ExtractTotals = { records: 3, extracted: 2, failed: 1, invalid: 0 };
 * ```
 * @category Extraction
 */
export interface ExtractTotals {
  /** Articles read (text files and NDJSON lines, blank lines not counted). */
  records: number;
  /** Articles extracted. */
  extracted: number;
  /** Lines that could not be read as an article (not JSON, no `text` …). */
  failed: number;
  /** With `--validate`: drafts that `validateDataset` rejected. */
  invalid: number;
}

/**
 * Why an NDJSON line is not an article record, for {@link EXTRACT_MESSAGES}.
 *
 * @example
 * ```ts
 * const problem: RecordProblem = { kind: 'field', field: 'publishedOn' };
 * ```
 * @category Extraction
 */
export type RecordProblem =
  | { kind: 'not-object' }
  | { kind: 'no-text' }
  | { kind: 'field'; field: 'url' | 'publisher' | 'publishedOn' };

/**
 * The `extract` command's own messages in Indonesian and English.
 *
 * @example
 * ```ts
 * EXTRACT_MESSAGES.en.record({ kind: 'no-text' })
 * //=> "the record has no 'text' string: each line must be an object such as {\"text\": \"…\"}"
 * ```
 * @category Extraction
 */
export const EXTRACT_MESSAGES = {
  en: {
    record: (problem: RecordProblem): string => {
      switch (problem.kind) {
        case 'not-object':
          return 'the line is not a JSON object: each line must be an object such as {"text": "…"}';
        case 'no-text':
          return `the record has no 'text' string: each line must be an object such as {"text": "…"}`;
        case 'field':
          return problem.field === 'publishedOn'
            ? '\'publishedOn\' must be a date written YYYY-MM-DD (e.g. "2024-11-20")'
            : `'${problem.field}' must be a string`;
      }
    },
    location: (file: string, line: number) => `${file}:${line}`,
    progress: (records: number, perSecond: number) => `extracting: ${records} articles (${perSecond}/s)…`,
    summary: (t: ExtractTotals, validate: boolean) =>
      `${t.extracted} of ${t.records} article(s) extracted, ${t.failed} line(s) failed` +
      (validate ? `, ${t.invalid} draft(s) invalid` : '') +
      '.',
    inputError: (error: InputError) => VALIDATE_MESSAGES.en.inputError(error),
  },
  id: {
    record: (problem: RecordProblem): string => {
      switch (problem.kind) {
        case 'not-object':
          return 'baris ini bukan objek JSON: setiap baris harus berupa objek seperti {"text": "…"}';
        case 'no-text':
          return `rekaman tidak memiliki string 'text': setiap baris harus berupa objek seperti {"text": "…"}`;
        case 'field':
          return problem.field === 'publishedOn'
            ? '\'publishedOn\' harus berupa tanggal bertulis YYYY-MM-DD (mis. "2024-11-20")'
            : `'${problem.field}' harus berupa string`;
      }
    },
    location: (file: string, line: number) => `${file}:${line}`,
    progress: (records: number, perSecond: number) => `mengekstrak: ${records} artikel (${perSecond}/dtk)…`,
    summary: (t: ExtractTotals, validate: boolean) =>
      `${t.extracted} dari ${t.records} artikel diekstrak, ${t.failed} baris gagal` +
      (validate ? `, ${t.invalid} draf tidak valid` : '') +
      '.',
    inputError: (error: InputError) => VALIDATE_MESSAGES.id.inputError(error),
  },
} as const satisfies Record<CliLocale, unknown>;
