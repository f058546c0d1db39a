import type { IssueCode, IssueSeverity } from './ISSUE_CODES';

/**
 * Machine-readable details of an {@link Issue}, the same in every locale. Which fields are set
 * depends on the code; each message table uses them to build its sentence.
 *
 * @example
 * ```ts
 * const params: IssueParams = { value: "'KOMBESS'", suggestion: 'KOMBES' };
 * ```
 * @category Validation
 */
export interface IssueParams {
  /** The offending value as shown to people: strings quoted and cut to 60 characters, other values by type. */
  value?: string | undefined;
  /** The nearest valid value, when one is close (`did you mean …?`). */
  suggestion?: string | undefined;
  /** What was expected: a type name, a format, or a short list of allowed codes. */
  expected?: string | undefined;
  /** The JSON type of the value received (`string`, `number`, `object`, `array`, `null`, `undefined` …). */
  received?: string | undefined;
  /** The limit that was crossed (length, depth, count, minimum). */
  limit?: number | undefined;
  /** What the rule compared against: another id, a path, a date or a weekday. */
  related?: string | undefined;
}

/**
 * One problem found in a payload: where (`path`), what (`code`, stable, see {@link ISSUE_CODES}),
 * how bad (`severity`) and a sentence in the requested locale naming the field and the value.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   path: ['people', 0, 'rank'],
 *   code: 'unknown_rank',
 *   severity: 'error',
 *   message: "people[0].rank: pangkat 'KOMBESS' tidak dikenal — maksud Anda 'KOMBES'?",
 *   params: { value: "'KOMBESS'", suggestion: 'KOMBES' },
 * };
 * ```
 * @category Validation
 */
export interface Issue {
  /** Keys and indexes from the root of the payload to the offending value; `[]` is the root. */
  path: (string | number)[];
  /** Stable code, a key of {@link ISSUE_CODES}. */
  code: IssueCode;
  /** The message in the requested locale. */
  message: string;
  /** `error` rejects the payload; `advisory` does not. */
  severity: IssueSeverity;
  /** Machine-readable details used by the message. */
  params: IssueParams;
}
