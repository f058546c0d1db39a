import { validateDataset, validateEvent } from '@kamtibmas/validators';
import type { Validators } from './ValidatorFunction';

/**
 * The validators of `@kamtibmas/validators`: `validateEvent` and `validateDataset`.
 *
 * @returns Both validators.
 * @example
 * ```ts
 * defaultValidators().validateEvent({}, { locale: 'en' }).ok
 * //=> false
 * ```
 * @category Validation
 */
export function defaultValidators(): Validators {
  return { validateEvent, validateDataset };
}
