// Recognizer: a territorial unit at a word — Mabes Polri, a Polres of any type, a Polsek or
// Polsubsektor, with its place name ("Polres Lamsel", "Mapolsek Kedurang", "Polres Metro Jakarta
// Selatan", "Polres Pelabuhan Makassar", "Polsek KP3 Pantoloan"). Polda heads are read by
// recognizePoldaName; the province is settled later by the place refiner.
import { METRO_AREA } from '../data/unitHeads';
import { COMPOUND_UNIT_NAMES, PLACE_PREFIX_WORDS, PORT_QUALIFIERS } from '../data/unitNameWords';
import { regencyIndex } from '../region/findRegencies';
import type { Regency } from '../region/getRegency';
import { placeKey } from '../region/placeKey';
import type { DistrictHit, UnitCandidate } from './unitCandidate';
import { unitEnd } from './unitCandidate';
import { type HeadMatch, joinRaw } from './unitHeads';
import type { ParseUnitMentionOptions } from './unitMention';
import { keyPrefixes, longestKnown, skipParenthetical, suffixEnd, titleCase, writtenNameEnd } from './unitName';
import type { UnitTokens } from './unitTokens';

let portKeys: ReadonlySet<string> | undefined;
let portPrefixes: ReadonlySet<string> | undefined;
let regencyPrefixes: ReadonlySet<string> | undefined;

const portByKey = (key: string): true | undefined => {
  portKeys ??= new Set(PORT_QUALIFIERS.map(placeKey));
  return portKeys.has(key) ? true : undefined;
};

/** A place read after a head: where it ends and what a table knows of it. */
interface Place<T> {
  end: number;
  known: T | undefined;
  /** Suffix words ("Kota", "I") follow the known name: the name is the words as written. */
  extended: boolean;
}

let prefixWords: ReadonlySet<string> | undefined;
let compoundPlaces: ReadonlyMap<string, string> | undefined;
let compoundPrefixes: ReadonlySet<string> | undefined;

/** Place key of the seat of a compound unit name ("Pulau Ambon dan Pulau-Pulau Lease") by the name's key. */
const compoundByKey = (key: string): string | undefined => {
  compoundPlaces ??= new Map(COMPOUND_UNIT_NAMES.map((entry) => [placeKey(entry.name), placeKey(entry.place)]));
  return compoundPlaces.get(key);
};

function readPlace<T>(
  tokens: UnitTokens,
  from: number,
  lookup: ((key: string) => T | undefined) | undefined,
  capitalOnly: boolean,
  prefixes?: ReadonlySet<string>,
): Place<T> | undefined {
  if (lookup !== undefined) {
    // A name joined by "dan" ("Pulau Ambon dan Pulau-Pulau Lease") is kept whole, as written.
    compoundPrefixes ??= keyPrefixes(COMPOUND_UNIT_NAMES.map((entry) => placeKey(entry.name)));
    const compound = longestKnown(tokens, from, compoundByKey, compoundPrefixes);
    const seat = compound === undefined ? undefined : lookup(compound.value);
    if (compound !== undefined && seat !== undefined) return { end: compound.next, known: seat, extended: true };
  }
  let known = lookup === undefined ? undefined : longestKnown(tokens, from, lookup, prefixes);
  prefixWords ??= new Set(PLACE_PREFIX_WORDS.map(placeKey));
  const first = tokens.get(from);
  if (known === undefined && lookup !== undefined && first !== undefined && prefixWords.has(first.key)) {
    // "Polres Pulau Buru": the place is Buru; the name as written keeps "Pulau".
    const next = tokens.get(from + 1);
    if (next !== undefined && !next.stop && !next.open) known = longestKnown(tokens, from + 1, lookup, prefixes);
  }
  if (known !== undefined) {
    const end = suffixEnd(tokens, known.next);
    return { end, known: known.value, extended: end > known.next };
  }
  const end = writtenNameEnd(tokens, from, capitalOnly);
  return end === from ? undefined : { end, known: undefined, extended: false };
}

/** Regencies whose name or abbreviation has this place key (kabupaten before kota, by code). */
function regenciesByKey(key: string): readonly Regency[] | undefined {
  const found = key === '' ? undefined : regencyIndex().get(key);
  return found !== undefined && found.length > 0 ? found : undefined;
}

/** In the Polda Metro Jaya area (a "Metro" head): the places there, or all when none is. */
function inMetroArea<T extends { provinceCode: string }>(
  places: readonly T[],
  regencyOf: (place: T) => string,
): readonly T[] {
  const provinces: readonly string[] = METRO_AREA.provinceCodes;
  const regencies: readonly string[] = METRO_AREA.regencyCodes;
  const there = places.filter((p) => provinces.includes(p.provinceCode) || regencies.includes(regencyOf(p)));
  return there.length > 0 ? there : places;
}

function sameProvince(regencies: readonly Regency[]): string | undefined {
  const code = regencies[0]?.provinceCode;
  return code !== undefined && regencies.every((r) => r.provinceCode === code) ? code : undefined;
}

function safeFind(finder: NonNullable<ParseUnitMentionOptions['findDistricts']>, key: string): readonly DistrictHit[] {
  try {
    const found = finder(key);
    return Array.isArray(found) ? found : [];
  } catch {
    return [];
  }
}

/** One regency when the name settles it: a unique match, or "Kota X"/"X Kota" written for a city. */
function pickRegency(regencies: readonly Regency[], written: string): Regency | undefined {
  if (regencies.length === 1) return regencies[0];
  if (regencies.length === 0) return undefined;
  const key = placeKey(written);
  const saysCity = key.startsWith('kota') || key.endsWith('kota');
  const saysRegency = key.startsWith('kab');
  const wanted = regencies.filter((r) => (saysCity ? r.level === 'city' : saysRegency ? r.level === 'regency' : false));
  return wanted.length === 1 ? wanted[0] : undefined;
}

function canonicalRegencyName(regency: Regency, candidates: readonly Regency[]): string {
  if (regency.level !== 'city') return regency.name;
  const homonym = candidates.length > 1 || (regenciesByKey(placeKey(regency.name))?.length ?? 0) > 1;
  return homonym && regency.level === 'city' ? `${regency.name} Kota` : regency.name;
}

function read(
  tokens: UnitTokens,
  match: HeadMatch,
  options: ParseUnitMentionOptions,
): { candidate: UnitCandidate; known: boolean } | undefined {
  const { head } = match;
  const startOffset = tokens.get(match.start)!.start;
  if (head.type === 'national') {
    const mention = { kind: 'mabes' as const, name: 'Polri', displayName: 'Mabes Polri', headquarters: false };
    const token = tokens.get(match.next - 1)!;
    const candidate = { mention, first: match.start, next: match.next, start: startOffset, end: token.end };
    return { candidate: { ...candidate, parentOnly: true }, known: true };
  }
  if (head.type !== 'territorial' || head.spelling.kind === 'polda') return undefined;
  const { spelling, headquarters } = head;
  const kind = spelling.kind;
  if (kind === 'mabes') {
    const { next, end } = unitEnd(tokens, match.next, skipParenthetical(tokens, match.next));
    const mention = { kind, name: 'Polri', displayName: 'Mabes Polri', headquarters };
    return { candidate: { mention, first: match.start, next, start: startOffset, end }, known: true };
  }
  const isSector = kind === 'polsek' || kind === 'polsubsektor';
  const from = skipParenthetical(tokens, match.next);
  // "Polres Pelabuhan Makassar", "Polsek Kawasan Pelabuhan (KP) Samarinda": the qualifier stays in the name.
  portPrefixes ??= keyPrefixes(PORT_QUALIFIERS.map(placeKey));
  const port = longestKnown(tokens, from, portByKey, portPrefixes);
  const placeFrom = port === undefined ? from : skipParenthetical(tokens, port.next);
  const finder = options.findDistricts;
  // After a capitalised head a name is capitalised ("Polsek dapat turun" names no Polsek); text
  // written all in lower case ("polres banyuasin") may name one in lower case.
  const capitalOnly = spelling.metro === true || !tokens.get(match.next - 1)!.lower;
  let place: Place<readonly DistrictHit[] | readonly Regency[]> | undefined;
  if (isSector) {
    place = readPlace(
      tokens,
      placeFrom,
      finder === undefined
        ? undefined
        : (key: string) => {
            const found = safeFind(finder, key);
            return found.length > 0 ? found : undefined;
          },
      capitalOnly,
    );
  } else {
    regencyPrefixes ??= keyPrefixes(regencyIndex().keys());
    place = readPlace(tokens, placeFrom, regenciesByKey, capitalOnly, regencyPrefixes);
  }
  let nameEnd: number;
  let written: string;
  if (place !== undefined) {
    nameEnd = place.end;
    written =
      port === undefined
        ? joinRaw(tokens, from, nameEnd)
        : `${joinRaw(tokens, from, port.next)} ${joinRaw(tokens, placeFrom, nameEnd)}`;
  } else if (port !== undefined) {
    nameEnd = port.next;
    written = joinRaw(tokens, from, nameEnd);
  } else {
    return undefined;
  }
  const qualifier = port === undefined ? '' : `${titleCase(joinRaw(tokens, from, port.next))} `;
  const placeWritten = place === undefined ? '' : joinRaw(tokens, placeFrom, place.end);
  const { next, end } = unitEnd(tokens, nameEnd, skipParenthetical(tokens, nameEnd));
  if (isSector) {
    const found = place?.known === undefined ? [] : (place.known as readonly DistrictHit[]);
    const hits = spelling.metro === true ? inMetroArea(found, (d) => d.regencyCode) : found;
    const districts = place?.extended === false ? hits : [];
    const district = districts.length === 1 ? districts[0] : undefined;
    const canonical =
      district === undefined ? `${qualifier}${titleCase(placeWritten)}`.trim() : `${qualifier}${district.name}`;
    const candidate: UnitCandidate = {
      mention: { kind, name: written, displayName: `${spelling.label} ${canonical}`, headquarters },
      first: match.start,
      next,
      start: startOffset,
      end,
      label: spelling.label,
      nameIsDistrict: port === undefined && place?.extended === false && hits.length > 0,
      // An extended name ("Pringsewu Kota") still lies where its district lies.
      districts: hits,
    };
    if (district !== undefined) candidate.regencyCode = district.regencyCode;
    return { candidate, known: place?.known !== undefined };
  }
  const named = (place?.known as readonly Regency[] | undefined) ?? [];
  const regencies = spelling.metro === true ? inMetroArea(named, (r) => r.code) : named;
  const regency = pickRegency(regencies, placeWritten);
  const canonical =
    regency === undefined || place?.extended === true
      ? titleCase(placeWritten)
      : canonicalRegencyName(regency, regencies);
  const mention = {
    kind,
    name: written,
    displayName: `${spelling.label} ${qualifier}${canonical}`.trimEnd(),
    headquarters,
  };
  const provinceCode = regency?.provinceCode ?? sameProvince(regencies);
  const candidate: UnitCandidate = { mention, first: match.start, next, start: startOffset, end };
  if (regency !== undefined) candidate.regencyCode = regency.code;
  if (provinceCode !== undefined) candidate.provinceCode = provinceCode;
  return { candidate, known: regencies.length > 0 };
}

/**
 * The territorial unit (not a Polda) the head `match` starts, or `undefined`. A "Metro" head
 * ("Polres Metro …") is read both ways and the longer reading wins, a known place on a tie:
 * "Polres Metro Jakarta Selatan" is a Polres Metro, "Polres Metro" alone the Polres of Kota Metro.
 */
export function recognizeTerritorialUnit(
  tokens: UnitTokens,
  match: HeadMatch,
  options: ParseUnitMentionOptions,
): UnitCandidate | undefined {
  const long = read(tokens, match, options);
  const shorter = match.head.type === 'territorial' && match.head.spelling.metro === true ? match.shorter : undefined;
  if (shorter === undefined) return long?.candidate;
  const short = read(tokens, shorter, options);
  if (long === undefined) return short?.candidate;
  if (short === undefined) return long.candidate;
  if (short.candidate.next !== long.candidate.next) {
    return short.candidate.next > long.candidate.next ? short.candidate : long.candidate;
  }
  return short.known && !long.known ? short.candidate : long.candidate;
}
