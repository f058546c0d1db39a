import { UNIT_KINDS } from '@kamtibmas/core';
import * as z from 'zod';

/**
 * Zod schema of a {@link @kamtibmas/core!UnitKind | UnitKind}: a territorial (`polda`, `polres`, `polsek` …)
 * or functional (`direktorat`, `satuan` …) unit kind.
 *
 * @example
 * ```ts
 * UnitKindSchema.safeParse('polsek').success
 * //=> true
 * UnitKindSchema.safeParse('koramil').success
 * //=> false
 * ```
 * @category Schemas
 */
export const UnitKindSchema = z.enum(UNIT_KINDS).meta({
  id: 'UnitKind',
  title: 'UnitKind',
  description: 'Polri unit kind: territorial (mabes … polsubsektor) or functional (divisi … unit).',
});
