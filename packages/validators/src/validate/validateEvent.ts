import type { Event } from '@kamtibmas/core';
import { eventRules } from '../rules/eventRules';
import { EventSchema } from '../schemas/EventSchema';
import { runValidation } from './runValidation';
import { salvageEvent } from './salvageEvent';
import type { ValidateOptions, ValidationResult } from './ValidateOptions';

/**
 * Validates one event: shape ({@link EventSchema}), then the event rules — delegation to oneself
 * (`self_delegation`), a stage of another election (`phase_election_mismatch`), a stated weekday
 * that contradicts the date (`weekday_mismatch`) — and the advisories `date_outside_election` and
 * `source_before_event`. Never throws: hostile input (cycles, throwing getters, `__proto__` keys,
 * oversize strings, deep nesting) comes back as issues. When the shape is invalid, the event rules
 * still run on the fields that are valid on their own, so a self-delegation is reported next to an
 * impossible date rather than after it is fixed. Ids that point into a dataset are not checked
 * here; see {@link validateDataset}.
 *
 * @param input - Anything, typically parsed JSON.
 * @param options - `locale` of the messages, a BCP 47 tag: `'id'`/`'id-ID'` (default) or `'en'`/`'en-US'` …;
 *   another language is answered in English, with `localeFallback` on the result. See {@link negotiateLocale}.
 * @returns `{ ok: true, value, advisories }` or `{ ok: false, issues }`; see {@link ValidationResult}.
 * @example
 * ```ts
 * const result = validateEvent({ id: 'x' }, { locale: 'en' });
 * result.ok
 * //=> false
 * result.ok ? [] : result.issues[0]
 * //=> { path: ['kinds'], code: 'required', severity: 'error', message: 'kinds: required field is missing (array).', params: { expected: 'array' } }
 * ```
 * @category Validation
 */
export function validateEvent(input: unknown, options?: ValidateOptions): ValidationResult<Event> {
  return runValidation(
    input,
    options,
    EventSchema,
    (event) => eventRules(event, []),
    (raw) => {
      const partial = salvageEvent(raw);
      return partial ? eventRules(partial, []) : [];
    },
  );
}
