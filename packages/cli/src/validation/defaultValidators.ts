import * as validatorsPackage from '@kamtibmas/validators';
import { optionalExport } from '../library/optionalExport';
import type { Validators } from './ValidatorFunction';

/**
 * The validators of the installed `@kamtibmas/validators`.
 *
 * @returns `validateEvent` and `validateDataset`, each `undefined` if the package lacks it.
 * @example
 * ```ts
 * typeof defaultValidators().validateEvent
 * //=> 'function'
 * ```
 * @category Validation
 */
export function defaultValidators(): Validators {
  return {
    validateEvent: optionalExport(validatorsPackage, 'validateEvent'),
    validateDataset: optionalExport(validatorsPackage, 'validateDataset'),
  };
}
