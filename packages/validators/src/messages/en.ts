import { INDONESIAN_WEEKDAYS } from '@kamtibmas/core';
import type { MessageTable } from './MessageTable';

// Small helpers keep every sentence in the same shape: "<field>: <what is wrong> — <fix>".
const suggest = (s?: string) => (s === undefined ? '' : ` — did you mean '${s}'?`);
const val = (v?: string) => (v === undefined ? '' : ` ${v}`);
// Weekday names arrive in Indonesian (as written in the data); English adds the translation.
const weekday = (name?: string) => {
  const day = INDONESIAN_WEEKDAYS.find((d) => d.name === name);
  return day === undefined ? (name ?? '?') : `${day.english} (${day.name})`;
};

/**
 * Issue messages in English. Every sentence names the field and, where there is one, the
 * offending value, and proposes the fix when one is close.
 *
 * @example
 * ```ts
 * MESSAGES_EN.unknown_rank('people[0].rank', { value: "'KOMBESS'", suggestion: 'KOMBES' })
 * //=> "people[0].rank: unknown rank 'KOMBESS' — did you mean 'KOMBES'?"
 * ```
 * @category Validation
 */
export const MESSAGES_EN: MessageTable = {
  invalid_type: (f, p) =>
    `${f}: wrong type — expected ${p.expected ?? 'another value'}, received ${p.received ?? 'another value'}.`,
  required: (f, p) => `${f}: required field is missing${p.expected === undefined ? '' : ` (${p.expected})`}.`,
  unknown_key: (f, p) =>
    p.suggestion === undefined
      ? `${f}: unknown field${val(p.value)} — remove it or check its spelling.`
      : `${f}: unknown field${val(p.value)}${suggest(p.suggestion)}`,
  forbidden_key: (f) => `${f}: the key '__proto__' is not allowed — remove it.`,
  invalid_id: (f, p) =>
    `${f}: invalid id${val(p.value)} — use ${p.expected ?? 'a kebab-case slug, e.g. polres-banyuasin'}${suggest(p.suggestion)}`,
  invalid_date: (f, p) => {
    if (p.expected === undefined)
      return `${f}: invalid date${val(p.value)} — use a day that exists, written YYYY-MM-DD, e.g. 2024-02-14.`;
    return p.suggestion === undefined
      ? `${f}: date${val(p.value)} is not written ${p.expected} — write it like 2024-02-14.`
      : `${f}: date${val(p.value)} is not written ${p.expected}${suggest(p.suggestion)}`;
  },
  invalid_format: (f, p) => `${f}: wrong format${val(p.value)} — expected ${p.expected ?? 'the documented format'}.`,
  unknown_rank: (f, p) => `${f}: unknown rank${val(p.value)}${suggest(p.suggestion)}`,
  unknown_code: (f, p) =>
    `${f}: unknown code${val(p.value)}${p.suggestion === undefined ? ` — allowed: ${p.expected ?? '(see the code list)'}` : suggest(p.suggestion)}`,
  too_short: (f, p) =>
    p.limit === undefined || p.limit <= 1 ? `${f}: must not be empty.` : `${f}: too short — at least ${p.limit}.`,
  missing_source: (f) => `${f}: an event needs at least one source — add the article that reports it.`,
  out_of_range: (f, p) => `${f}: number${val(p.value)} out of range — expected ${p.expected ?? 'a value in range'}.`,
  invalid_range: (f, p) =>
    `${f}: end of range${val(p.value)} comes before its start${p.related === undefined ? '' : ` (${p.related})`} — swap or fix the values.`,
  invalid_value: (f, p) =>
    `${f}: invalid value${val(p.value)}${p.expected === undefined ? '' : ` — expected ${p.expected}`}.`,
  too_long: (f, p) => `${f}: text too long — at most ${p.limit ?? '?'} characters.`,
  too_many_items: (f, p) => `${f}: list too long — at most ${p.limit ?? '?'} items.`,
  too_deep: (f, p) => `${f}: nested too deeply — at most ${p.limit ?? '?'} levels.`,
  too_large: (f, p) => `${f}: payload too large — at most ${p.limit ?? '?'} values; split it into parts.`,
  circular_reference: (f) => `${f}: the object contains itself — send JSON data without circular references.`,
  unreadable_value: (f) => `${f}: the value cannot be read (a getter or proxy threw) — send plain JSON data.`,
  duplicate_id: (f, p) =>
    `${f}: id${val(p.value)} is already used at ${p.related ?? 'another place'} — every id must be unique.`,
  dangling_reference: (f, p) =>
    `${f}: id${val(p.value)} is not in the dataset${p.suggestion === undefined ? ` — add the ${p.expected ?? 'record'} or fix the reference` : suggest(p.suggestion)}`,
  self_delegation: (f, p) =>
    `${f}: participant${val(p.value)} is recorded as acting for themselves — remove onBehalfOf or set it to the person they stood in for.`,
  missing_parent: (f, p) =>
    `${f}: functional unit${val(p.value)} needs a parentId — set it to the id of the unit it belongs to.`,
  invalid_parent_kind: (f, p) =>
    `${f}: a ${p.value ?? 'unit'} cannot sit under ${p.related ?? 'this parent'}${p.expected === undefined ? '' : ` — valid parents: ${p.expected}`}.`,
  parent_cycle: (f, p) => `${f}: the parent chain of${val(p.value)} leads back to itself — fix parentId.`,
  phase_election_mismatch: (f, p) =>
    `${f}: stage${val(p.value)} is not a stage of ${p.related ?? 'this election'}${suggest(p.suggestion)}`,
  weekday_mismatch: (f, p) =>
    `${f}: weekday${val(p.value)} does not match the date ${p.related ?? ''} — that date is a ${weekday(p.expected)}.`,
  rank_outside_position_range: (f, p) =>
    `${f}: rank ${p.value ?? ''} is outside the usual range of ${p.related ?? 'the position'} (${p.expected ?? '?'}) — check the rank or the position.`,
  date_outside_election: (f, p) =>
    `${f}: date${val(p.value)} lies outside every stage of ${p.related ?? 'the election'} — check the date or the election.`,
  source_before_event: (f, p) =>
    `${f}: source published${val(p.value)} before the event date ${p.related ?? ''} — check the event date or its datePrecision.`,
  internal_error: (f) =>
    `${f}: unexpected failure inside the validator — please report it; the input is treated as invalid.`,
};
