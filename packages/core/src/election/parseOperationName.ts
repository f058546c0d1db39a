import { OPERATIONS } from '../data/operations';
import type { OperationFamily, PoliceOperation } from '../model/operation';
import { findPhrase, indexPhrases, wordTokens } from '../text/foldText';

/**
 * An operation name found in text by {@link parseOperationName}.
 *
 * @example
 * ```ts
 * const mention: OperationMention = {
 *   family: 'mantap-praja',
 *   codename: 'Mahakam',
 *   years: '2024',
 *   displayName: 'Operasi Mantap Praja Mahakam 2024',
 * };
 * ```
 * @category Elections
 */
export interface OperationMention {
  /** Which family of operation. */
  family: OperationFamily;
  /** Regional codename in its canonical spelling, when a known one follows the family name. */
  codename?: string;
  /** Year or years as written, normalised to `'2024'` or `'2023-2024'`. */
  years?: string;
  /** Canonical name of what was written: "Operasi", correct spelling, codename and years. */
  displayName: string;
  /** The known operation this names, when exactly one fits (see `OPERATIONS`). */
  operation?: PoliceOperation;
}

const FAMILY_NAMES: Record<OperationFamily, string> = {
  'mantap-brata': 'Mantap Brata',
  'mantap-praja': 'Mantap Praja',
  'nusantara-cooling-system': 'Nusantara Cooling System',
};

// "Mantab" is a common misspelling of "Mantap" (seed article: "Ops Mantab Praja Mahakam 2024").
// The phrase indexes are built in /* @__PURE__ */ calls so that bundlers drop them when
// parseOperationName is not imported (see rank/compareRanks.ts).
const FAMILY_PHRASES = /* @__PURE__ */ indexPhrases<OperationFamily>([
  ['mantap brata', 'mantap-brata'],
  ['mantab brata', 'mantap-brata'],
  ['mantap praja', 'mantap-praja'],
  ['mantab praja', 'mantap-praja'],
  ['nusantara cooling system', 'nusantara-cooling-system'],
]);

const KNOWN_OPERATIONS: readonly PoliceOperation[] = OPERATIONS;

const CODENAMES = /* @__PURE__ */ (() =>
  indexPhrases<string>(
    KNOWN_OPERATIONS.flatMap((op) => (op.codename === undefined ? [] : [[op.codename, op.codename] as const])),
  ))();

function readYear(word: string | undefined): number | undefined {
  if (word === undefined || word.length !== 4) return undefined;
  const year = Number(word);
  return Number.isInteger(year) && year >= 1990 && year <= 2099 ? year : undefined;
}

/**
 * Recognises the name of a Polri election-security operation in text: Operasi Mantap Brata, Operasi
 * Mantap Praja ⟨codename⟩ and Operasi Nusantara Cooling System. Accepts "Ops" or "Operasi" (or
 * neither), the common misspelling "Mantab", any case and punctuation, with or without the year
 * ("2024", "2023-2024", "2023/2024"). Never throws; linear in the length of the text.
 *
 * @param text - Any text, e.g. a sentence from an article.
 * @returns The first operation name found, or `undefined` when there is none.
 * @example
 * ```ts
 * parseOperationName('personel yang bertugas dalam Ops Mantab Praja Mahakam 2024')?.displayName
 * //=> 'Operasi Mantap Praja Mahakam 2024'
 * parseOperationName('OPERASI MANTAP BRATA 2023-2024')?.operation?.id
 * //=> 'mantap-brata-2023-2024'
 * parseOperationName('Operasi Ketupat 2024')
 * //=> undefined
 * ```
 * @category Elections
 */
export function parseOperationName(text: string): OperationMention | undefined {
  if (typeof text !== 'string') return undefined;
  const words = wordTokens(text);
  const found = findPhrase(words, FAMILY_PHRASES);
  if (found === undefined) return undefined;
  const family = found.value;
  let next = found.end;

  let codename: string | undefined;
  if (family !== 'nusantara-cooling-system') {
    const code = findPhrase(words.slice(next, next + 3), CODENAMES);
    if (code !== undefined && code.start === 0) {
      codename = code.value;
      next += code.end;
    }
  }

  let years: string | undefined;
  const first = readYear(words[next]);
  if (first !== undefined) {
    const second = readYear(words[next + 1]);
    years = second !== undefined && second === first + 1 ? `${first}-${second}` : String(first);
  }

  const parts = ['Operasi', FAMILY_NAMES[family]];
  if (codename !== undefined) parts.push(codename);
  if (years !== undefined) parts.push(years);
  const mention: OperationMention = { family, displayName: parts.join(' ') };
  if (codename !== undefined) mention.codename = codename;
  if (years !== undefined) mention.years = years;

  const fits = KNOWN_OPERATIONS.filter(
    (op) =>
      op.family === family &&
      op.codename === codename &&
      (years === undefined || op.years === years || op.years.split('-').includes(years)),
  );
  // A bare "Mantap Praja" names a family of per-Polda operations, not one of them.
  if (fits.length === 1 && (family !== 'mantap-praja' || codename !== undefined)) mention.operation = fits[0];
  return mention;
}
