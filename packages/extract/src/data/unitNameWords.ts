// Words that may stand in lower case inside a unit's name as written ("Polsek Kedurang dan Polres
// …" is two units, but "se-Kecamatan" and "di" appear inside wrapped place names; core's unit
// finder joins a unit to its parent across "jajaran": "Polsek Tanjung Sakti jajaran Polres Lahat"). Any other
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
export const UNIT_NAME_CONNECTORS = ['dan', 'di', 'se', 'jajaran'] as const satisfies readonly string[];
