// Words that may stand in lower case inside a unit's name as written ("Polsek Kedurang dan Polres
// …" is two units, but "se-Kecamatan" and "di" appear inside wrapped place names). Any other
// lower-case word in a unit mention means the unit reader ran into the sentence. Data only.

/**
 * Lower-case words allowed inside a unit mention's written name.
 *
 * @example
 * ```ts
 * UNIT_NAME_CONNECTORS.includes('dan')
 * //=> true
 * ```
 * @internal
 */
export const UNIT_NAME_CONNECTORS = ['dan', 'di', 'se'] as const satisfies readonly string[];
