import { CHAIN_CONNECTORS } from '../data/unitHeads';
import { placeKey } from '../region/placeKey';
import { recognizeFunctionalUnit } from './recognizeFunctionalUnit';
import { recognizePoldaName } from './recognizePoldaName';
import { recognizeTerritorialUnit } from './recognizeTerritorialUnit';
import { refineUnitChains } from './refineUnitChains';
import { refineUnitDisplayNames } from './refineUnitDisplayNames';
import { refineUnitPlaces } from './refineUnitPlaces';
import type { UnitCandidate } from './unitCandidate';
import { matchHead, mayStartHeadIn } from './unitHeads';
import type { FoundUnitMention, ParseUnitMentionOptions, UnitMention } from './unitMention';
import { UnitTokens } from './unitTokens';

let connectors: ReadonlySet<string> | undefined;

/** Whether word `at` joins a unit to its parent ("jajaran") with no punctuation before it. */
function isChainConnector(tokens: UnitTokens, at: number): boolean {
  const token = tokens.get(at);
  connectors ??= new Set(CHAIN_CONNECTORS.map(placeKey));
  return token !== undefined && !token.stop && !token.open && connectors.has(token.key);
}

/** The unit a recognizer finds at word `at`, or `undefined`. */
function recognizeAt(
  tokens: UnitTokens,
  at: number,
  options: ParseUnitMentionOptions,
  allowNational: boolean,
): UnitCandidate | undefined {
  const match = matchHead(tokens, at, allowNational);
  if (match === undefined) return undefined;
  return (
    recognizePoldaName(tokens, match) ??
    recognizeFunctionalUnit(tokens, match) ??
    recognizeTerritorialUnit(tokens, match, options)
  );
}

/**
 * Runs the refiners in order over units found one after another and adds the innermost mention of
 * each chain they form to `found` (up to `limit`); with `withSource`, each gets its chain's span.
 * Only the mentions are kept: a candidate dies with its chain, so a long text's garbage collector
 * does not copy every candidate found so far at each collection (10× the text cost 14× the work).
 */
function refineChains(
  tokens: UnitTokens,
  pending: readonly UnitCandidate[],
  withSource: boolean,
  found: UnitMention[],
  limit: number,
): void {
  for (const chain of refineUnitChains(tokens, pending)) {
    if (found.length >= limit) return;
    refineUnitPlaces(chain, withSource);
    refineUnitDisplayNames(chain);
    const first = chain[0]!;
    const { mention } = first;
    if (withSource) {
      // The innermost unit's mention is made for this chain and read by nothing else: it takes its
      // span in place (a copy of each mention's many shapes cost as much as finding it).
      const spanned = mention as FoundUnitMention;
      spanned.start = first.start;
      spanned.end = chain[chain.length - 1]!.end;
    }
    found.push(mention);
  }
}

/**
 * @internal The innermost mention of each chain of units in `text`, refined; stops after `limit`.
 * With `withSource`, each has `provinceSource` and its chain's span (the shape of
 * `findUnitMentions`); without, neither (the shape of `parseUnitMention`).
 */
export function findUnitChains(
  text: string,
  options: ParseUnitMentionOptions,
  limit: number,
  withSource = true,
): UnitMention[] {
  const tokens = new UnitTokens(text, mayStartHeadIn);
  const found: UnitMention[] = [];
  let pending: UnitCandidate[] = [];
  let at = tokens.nextHeadFrom(0);
  while (at < tokens.length && found.length < limit) {
    // Guarded: reading index -1 of an empty array is a named-property lookup, slow once per word.
    const last = pending.length > 0 ? pending[pending.length - 1] : undefined;
    // "Polsek X jajaran Polres Y": a connector word may stand between a unit and its parent.
    const viaConnector = last !== undefined && at === last.next + 1 && isChainConnector(tokens, last.next);
    const adjacent = last !== undefined && (last.next === at || viaConnector);
    // A unit that does not follow the last one ends the chains found so far.
    if (last !== undefined && !adjacent) {
      refineChains(tokens, pending, withSource, found, limit);
      pending = [];
    }
    if (found.length >= limit) break;
    const candidate = recognizeAt(tokens, at, options, adjacent);
    if (candidate === undefined) {
      // No head starts at the words passed over, so no recognizer finds one there; the pending
      // chain ends at the next word that may start one exactly as it would have word by word.
      at = tokens.nextHeadFrom(at + 1);
      continue;
    }
    if (viaConnector) candidate.connectorBefore = true;
    pending.push(candidate);
    at = candidate.next;
  }
  if (found.length < limit && pending.length > 0) refineChains(tokens, pending, withSource, found, limit);
  return found;
}

/**
 * Finds every police unit named in a text, in order, each with its span: territorial units in any
 * case and spelling (`Polres Lamsel`, `POLLRES BANYUASIN`, `Kepolisian Resor (Polres) Kudus`),
 * headquarters (`Mapolsek Kedurang`, `Mako Polres Lebong`), functional units (`Ditbinmas`,
 * `Sat Binmas`, `Satbinmas`), Polda short names (`PMJ`, `Poldasu`) and port units (`Polres
 * Pelabuhan Makassar`). A chain — "Polsek Rengasdengklok Polres Karawang Polda Jabar" — is one
 * mention with its `parent` chain; `text.slice(start, end)` is the mention as written.
 *
 * The province comes from the Polda named in the chain (`provinceSource: 'stated'`) or from the
 * regency table, and — with `options.findDistricts` — the district table for a Polsek
 * (`provinceSource: 'inferred'`).
 *
 * Never throws; linear in the length of the text.
 *
 * @param text - Any text, e.g. a whole news article.
 * @param options - Optional district lookup (`findDistricts` from `@kamtibmas/core/districts`).
 * @returns The mentions in text order; empty when the text names no unit.
 * @example
 * ```ts
 * const text = 'Kapolsek hadir di Polsek Kedurang Polres BS, lalu ke Mapolda Bengkulu.';
 * findUnitMentions(text).map((m) => [m.displayName, text.slice(m.start, m.end)])
 * //=> [['Polsek Kedurang', 'Polsek Kedurang Polres BS'], ['Polda Bengkulu', 'Mapolda Bengkulu']]
 * findUnitMentions('Polsek Kedurang Polres BS')[0].parent?.displayName
 * //=> 'Polres Bengkulu Selatan'
 * ```
 * @category Units
 */
export function findUnitMentions(text: string, options: ParseUnitMentionOptions = {}): FoundUnitMention[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    const safeOptions = typeof options === 'object' && options !== null ? options : {};
    return findUnitChains(text, safeOptions, Number.POSITIVE_INFINITY) as FoundUnitMention[];
  } catch {
    return [];
  }
}
