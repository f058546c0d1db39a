// Private: the rank code a mistyped or alias rank most likely meant. Alias forms ('Kombes Pol',
// 'Komisaris Besar Polisi', 'kombes') go through core's parseRank; typos ('KOMBESS') through
// edit distance over the code list.
import { parseRank, RANK_CODES } from '@kamtibmas/core';
import { suggest } from './suggest';

export function suggestRank(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const parsed = parseRank(value);
  if (parsed !== undefined) return parsed === value ? undefined : parsed;
  return suggest(value, RANK_CODES);
}
