import { FUNCTIONAL_UNITS, type FunctionalUnitRecord } from '../data/functionalUnits';
import type { PoldaRecord } from '../data/polda';
import { UNIT_KIND_RULES, type UnitKindRule } from '../data/unitKindRules';
import { FUNCTIONAL_UNIT_KINDS, type UnitKind } from '../data/unitKinds';
import { findRegencies } from '../region/findRegencies';
import { getProvince } from '../region/getProvince';
import type { Regency } from '../region/getRegency';
import { placeKey } from '../region/placeKey';
import { TokenOffsets } from '../text/tokenOffsets';
import { poldaIndex } from './getPolda';

/**
 * A police unit as a text names it, e.g. "Polsek Tanjung Batu Polres OI".
 *
 * @example
 * ```ts
 * const mention: UnitMention = {
 *   kind: 'polres',
 *   name: 'Lampung Selatan',
 *   displayName: 'Polres Lampung Selatan',
 *   province: { code: '18', name: 'Lampung' },
 *   headquarters: false,
 * };
 * ```
 * @category Units
 */
export interface UnitMention {
  /** Kind of unit. */
  kind: UnitKind;
  /** The place or function part as written, e.g. `'Lampung Selatan'`, `'Sumsel'`, `'Sat Binmas'`. */
  name: string;
  /** Canonical name, e.g. `'Polres Lampung Selatan'`, `'Polda Sumsel'`, `'Satbinmas Polres Bengkulu Selatan'`. */
  displayName: string;
  /** The unit it is said to belong to ("Polsek Kedurang **Polres BS**"). */
  parent?: UnitMention;
  /** Province of the unit, when the Polda list, the regency table or the district table settles it. */
  province?: { code: string; name: string };
  /** `true` when the text names the headquarters building ("Mapolres …", "Mapolsek …"). */
  headquarters: boolean;
}

/**
 * Finds districts by name; `findDistricts` from `@kamtibmas/core/districts` fits.
 *
 * @example
 * ```ts
 * import { findDistricts } from '@kamtibmas/core/districts';
 * const finder: DistrictFinder = findDistricts;
 * ```
 * @category Units
 */
export type DistrictFinder = (name: string) => readonly {
  readonly code: string;
  readonly name: string;
  readonly regencyCode: string;
  readonly provinceCode: string;
}[];

/**
 * Options of {@link parseUnitMention}.
 *
 * @example
 * ```ts
 * const options: ParseUnitMentionOptions = { findDistricts };
 * ```
 * @category Units
 */
export interface ParseUnitMentionOptions {
  /**
   * District lookup used to settle the province (and canonical spelling) of a Polsek named after a
   * kecamatan. The district table lives in `@kamtibmas/core/districts` so that the main entry stays
   * small; without it a Polsek takes its province from its parent only.
   */
  findDistricts?: DistrictFinder;
}

// ---------------------------------------------------------------------------------------------
// Tokens: words keep their text as written and a folded key; punctuation between words is
// summarised as flags on the following word. One linear pass that records only offsets and flags;
// a word's token is made when the parser reads it (see TokenOffsets).

interface Token {
  raw: string;
  key: string;
  /** A '(' occurs between the previous word and this one. */
  open: boolean;
  /** A ')' occurs between the previous word and this one. */
  close: boolean;
  /** Sentence or list punctuation (, . ; : ! ? quotes, brackets) occurs before this word. */
  stop: boolean;
  upper: boolean;
  lower: boolean;
  /** The head starting at this word ({@link matchHead} without `polri`), once looked up; `null` for none. */
  head?: HeadMatch | null;
}

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

const ABBREVIATION_DOT = new Set(['kep', 'kab', 'kec', 'kel']);

const OPEN = 1;
const CLOSE = 2;
const STOP = 4;

/** The tokens of a text, read by index (`get(i)`, `length`); `undefined` outside the list. */
class TokenList extends TokenOffsets<Token> {
  constructor(private readonly text: string) {
    // A ring of 256 tokens: more than a chain of mentions reaches.
    super(255);
    const n = text.length;
    let pending = 0;
    // Whether the last word's key is an abbreviation that a dot ends; read once per gap, on its first dot.
    let lastAbbreviates: boolean | undefined;
    let i = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (isWordChar(code)) {
        const start = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (isWordChar(c)) i++;
          // Apostrophes and hyphens inside a word ("Sigala-Gala", "Jum'at") keep it whole.
          else if ((c === 39 || c === 45 || c === 0x2019) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) i++;
          else break;
        }
        this.push(start, i, pending);
        pending = 0;
        lastAbbreviates = undefined;
      } else {
        const ch = text[i];
        const last = this.length - 1;
        if (ch === '.' && last >= 0 && lastAbbreviates === undefined) {
          lastAbbreviates = ABBREVIATION_DOT.has(placeKey(text.slice(this.startOf(last), this.endOf(last))));
        }
        if (ch === '(' || ch === '[') pending |= OPEN;
        else if (ch === ')' || ch === ']') pending |= CLOSE;
        else if (ch === '.' && lastAbbreviates === true) {
          // "Kep. Bangka Belitung", "Kab. Banyuasin": the dot ends an abbreviation, not a sentence.
        } else if (ch !== ' ' && ch !== '\t' && ch !== '-' && ch !== '/' && ch !== '&' && ch !== '\u00a0')
          pending |= STOP;
        i++;
      }
    }
  }

  protected make(start: number, end: number, flags: number): Token {
    const raw = this.text.slice(start, end);
    const first = raw[0] ?? '';
    return {
      raw,
      key: placeKey(raw),
      open: (flags & OPEN) !== 0,
      close: (flags & CLOSE) !== 0,
      stop: (flags & STOP) !== 0,
      upper: first !== first.toLowerCase(),
      lower: raw === raw.toLowerCase() && raw !== raw.toUpperCase(),
    };
  }
}

function tokenize(text: string): TokenList {
  return new TokenList(text);
}

// ---------------------------------------------------------------------------------------------
// Heads: the words that start a unit name.

type Head =
  | { type: 'territorial'; kind: UnitKind; headquarters: boolean; label: string; metro?: boolean }
  | { type: 'functional'; record: FunctionalUnitRecord }
  | { type: 'polda'; polda: PoldaRecord; headquarters: boolean };

const TERRITORIAL_HEADS: readonly (readonly [phrase: string, kind: UnitKind, label: string, metro?: boolean])[] = [
  ['polda', 'polda', 'Polda'],
  ['kepolisian daerah', 'polda', 'Polda'],
  ['polrestabes', 'polrestabes', 'Polrestabes'],
  ['kepolisian resor kota besar', 'polrestabes', 'Polrestabes'],
  ['kepolisian resort kota besar', 'polrestabes', 'Polrestabes'],
  ['polresta', 'polresta', 'Polresta'],
  ['kepolisian resor kota', 'polresta', 'Polresta'],
  ['kepolisian resort kota', 'polresta', 'Polresta'],
  ['kepolisian resor metropolitan', 'polres-metro', 'Polres Metro', true],
  ['polres', 'polres', 'Polres'],
  ['kepolisian resor', 'polres', 'Polres'],
  ['kepolisian resort', 'polres', 'Polres'],
  ['polsek', 'polsek', 'Polsek'],
  ['polsekta', 'polsek', 'Polsek'],
  ['kepolisian sektor', 'polsek', 'Polsek'],
  ['kepolisian sektor kota', 'polsek', 'Polsek'],
  ['polsubsektor', 'polsubsektor', 'Polsubsektor'],
  ['kepolisian subsektor', 'polsubsektor', 'Polsubsektor'],
  ['mabes polri', 'mabes', 'Mabes Polri'],
  ['markas besar polri', 'mabes', 'Mabes Polri'],
  ['markas besar kepolisian negara republik indonesia', 'mabes', 'Mabes Polri'],
];

const MAX_HEAD_WORDS = 6;

interface HeadTable {
  /** key of the joined words → head, for phrases of `words` words */
  byKey: Map<string, Head>;
  /** Keys of the first word of any head phrase (cheap pre-check). */
  firstKeys: Set<string>;
  /** Every prefix of a key of `byKey`, so that a match can stop at the first word no head continues with. */
  prefixes: Set<string>;
}

let headTable: HeadTable | undefined;

function heads(): HeadTable {
  if (headTable !== undefined) return headTable;
  const byKey = new Map<string, Head>();
  const firstKeys = new Set<string>();
  const add = (phrase: string, head: Head) => {
    const words = phrase.split(' ');
    firstKeys.add(placeKey(words[0] ?? ''));
    const key = placeKey(phrase);
    if (!byKey.has(key)) byKey.set(key, head);
  };
  for (const [phrase, kind, label, metro] of TERRITORIAL_HEADS) {
    add(phrase, { type: 'territorial', kind, headquarters: false, label, ...(metro ? { metro } : {}) });
    if (!phrase.includes(' ') && kind !== 'mabes') {
      add(`ma${phrase}`, { type: 'territorial', kind, headquarters: true, label });
    }
  }
  for (const record of Object.values(FUNCTIONAL_UNITS) as FunctionalUnitRecord[]) {
    for (const alias of [record.name, ...record.aliases]) add(alias, { type: 'functional', record });
  }
  // Whole-word Polda names ("Poldasu", "PMJ", "Polda PB").
  for (const polda of new Set(poldaIndex().values())) {
    for (const shortName of polda.shortNames) {
      add(shortName, { type: 'polda', polda, headquarters: false });
    }
  }
  const prefixes = new Set<string>();
  for (const key of byKey.keys()) for (let end = 1; end <= key.length; end++) prefixes.add(key.slice(0, end));
  headTable = { byKey, firstKeys, prefixes };
  return headTable;
}

interface HeadMatch {
  head: Head;
  /** Index after the head words. */
  next: number;
  /** The head words as written. */
  raw: string;
}

function matchHead(tokens: TokenList, at: number, allowPolri: boolean): HeadMatch | undefined {
  const first = tokens.get(at);
  if (first === undefined) return undefined;
  if (allowPolri && first.key === 'polri') {
    return {
      head: { type: 'territorial', kind: 'mabes', headquarters: false, label: 'Mabes Polri' },
      next: at + 1,
      raw: first.raw,
    };
  }
  // Looked up once per word: the name readers ask again about the words they pass.
  if (first.head === undefined) first.head = findHead(tokens, at, first) ?? null;
  return first.head ?? undefined;
}

function findHead(tokens: TokenList, at: number, first: Token): HeadMatch | undefined {
  const table = heads();
  if (!table.firstKeys.has(first.key)) return undefined;
  let key = '';
  let best: HeadMatch | undefined;
  for (let length = 1; length <= MAX_HEAD_WORDS && at + length <= tokens.length; length++) {
    const token = tokens.get(at + length - 1)!;
    if (length > 1 && (token.stop || token.open || token.close)) break;
    key = length === 1 ? token.key : placeKey(`${key}${token.key}`);
    const head = table.byKey.get(key);
    if (head !== undefined) best = { head, next: at + length, raw: joinRaw(tokens, at, at + length) };
    // placeKey only appends to a key on the next word (or respells a "sumatra" it ends in), so a
    // key no head starts with cannot grow into one.
    if (!table.prefixes.has(key) && !key.includes('sumatr')) break;
  }
  return best;
}

function joinRaw(tokens: TokenList, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += (i > from ? ' ' : '') + tokens.get(i)!.raw;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Names after a head.

const MAX_NAME_WORDS = 6;

/** Longest run of words from `at` (≤ MAX_NAME_WORDS) whose joined key satisfies `accept`. */
function longestKnown<T>(
  tokens: TokenList,
  at: number,
  accept: (key: string) => T | undefined,
): { value: T; next: number } | undefined {
  let key = '';
  let best: { value: T; next: number } | undefined;
  for (let length = 1; length <= MAX_NAME_WORDS && at + length <= tokens.length; length++) {
    const token = tokens.get(at + length - 1)!;
    if (token.stop || token.open || token.close) {
      if (length > 1) break;
    }
    if (length > 1 && matchHead(tokens, at + length - 1, false) !== undefined) break;
    key = placeKey(`${key}${token.key}`);
    const value = accept(key);
    if (value !== undefined) best = { value, next: at + length };
  }
  return best;
}

const ROMAN = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x']);

/** Words as written that plausibly form a name: capitalised words, or a lower-case run up to 3 words. */
function writtenName(tokens: TokenList, at: number): number {
  const first = tokens.get(at);
  if (first === undefined || first.stop || first.open || first.close) return at;
  if (matchHead(tokens, at, false) !== undefined) return at;
  const lowerRun = first.lower;
  const limit = lowerRun ? 3 : 4;
  let i = at;
  while (i < tokens.length && i - at < limit) {
    const token = tokens.get(i)!;
    if (i > at && (token.stop || token.open || token.close)) break;
    if (i > at && matchHead(tokens, i, false) !== undefined) break;
    if (!lowerRun && i > at && token.lower && !ROMAN.has(token.key)) break;
    i++;
  }
  return i;
}

function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word) => {
      const lower = word.toLowerCase();
      if (ROMAN.has(lower)) return word.toUpperCase();
      if (word === word.toUpperCase() && word.length <= 4) return word;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ');
}

/** Skips a short parenthetical right after `at` ("Kepolisian Daerah (Polda) …", "… Selatan (Sumsel)"). */
function skipParenthetical(tokens: TokenList, at: number): number {
  const first = tokens.get(at);
  if (first === undefined || !first.open) return at;
  for (let i = at + 1; i <= at + 4 && i <= tokens.length; i++) {
    const token = tokens.get(i);
    if (token === undefined) return at;
    if (token.open) return at;
    if (token.close) return i;
  }
  return at;
}

// ---------------------------------------------------------------------------------------------
// One mention.

interface Parsed {
  mention: UnitMention;
  next: number;
  regencyCode?: string;
  /** Head label of a Polsek ("Polsek", "Polsek Metro"), to respell its name once a district is settled. */
  label?: string;
}

function provinceOf(code: string | undefined): { code: string; name: string } | undefined {
  if (code === undefined) return undefined;
  const province = getProvince(code);
  return province === undefined ? undefined : { code: province.code, name: province.name };
}

function sameProvince(regencies: readonly Regency[]): string | undefined {
  const code = regencies[0]?.provinceCode;
  return code !== undefined && regencies.every((r) => r.provinceCode === code) ? code : undefined;
}

function regenciesByKey(key: string): readonly Regency[] | undefined {
  const found = findRegenciesByKey(key);
  return found.length > 0 ? found : undefined;
}

function findRegenciesByKey(key: string): readonly Regency[] {
  return key === '' ? [] : findRegencies(key);
}

function parseOne(
  tokens: TokenList,
  at: number,
  options: ParseUnitMentionOptions,
  allowPolri: boolean,
): Parsed | undefined {
  const match = matchHead(tokens, at, allowPolri);
  if (match === undefined) return undefined;
  const { head } = match;
  let next = skipParenthetical(tokens, match.next);

  if (head.type === 'polda') {
    const polda = head.polda;
    return {
      mention: {
        kind: 'polda',
        name: match.raw,
        displayName: polda.name,
        province: { code: polda.area.code, name: polda.area.name },
        headquarters: false,
      },
      next,
    };
  }

  if (head.type === 'functional') {
    const record = head.record;
    const mention: UnitMention = { kind: record.kind, name: match.raw, displayName: record.name, headquarters: false };
    return { mention, next };
  }

  const { kind, headquarters } = head;
  if (kind === 'mabes') {
    return { mention: { kind, name: 'Polri', displayName: 'Mabes Polri', headquarters }, next };
  }

  if (kind === 'polda') {
    const found = longestKnown(tokens, next, (key) => poldaIndex().get(key));
    if (found === undefined) return undefined;
    const polda = found.value;
    const endName = found.next;
    return {
      mention: {
        kind: 'polda',
        name: joinRaw(tokens, next, endName),
        displayName: polda.name,
        province: { code: polda.area.code, name: polda.area.name },
        headquarters,
      },
      next: skipParenthetical(tokens, endName),
    };
  }

  if (kind === 'polsek' || kind === 'polsubsektor') {
    let label = head.label;
    // "Polsek Metro Tanah Abang": class prefix of the PMJ area, when a name follows.
    if (tokens.get(next)?.key === 'metro' && writtenName(tokens, next + 1) > next + 1) {
      label = `${label} Metro`;
      next += 1;
    }
    const finder = options.findDistricts;
    const known =
      finder === undefined
        ? undefined
        : longestKnown(tokens, next, (key) => {
            const found = safeFind(finder, key);
            return found.length > 0 ? found : undefined;
          });
    const endName = known?.next ?? writtenName(tokens, next);
    if (endName === next) return undefined;
    const written = joinRaw(tokens, next, endName);
    const districts = known?.value ?? [];
    const provinces = new Set(districts.map((d) => d.provinceCode));
    const district = districts.length === 1 ? districts[0] : undefined;
    const province = provinces.size === 1 ? provinceOf(districts[0]?.provinceCode) : undefined;
    const canonical = district?.name ?? titleCase(written);
    const mention: UnitMention = {
      kind,
      name: written,
      displayName: `${label} ${canonical}`,
      headquarters,
      ...(province === undefined ? {} : { province }),
    };
    (mention as MentionWithDistricts)[DISTRICTS] = districts;
    return {
      mention,
      next: skipParenthetical(tokens, endName),
      label,
      ...(district === undefined ? {} : { regencyCode: district.regencyCode }),
    };
  }

  // Polres-type units.
  let resolvedKind: UnitKind = kind;
  let label = head.label;
  if (kind === 'polres' && tokens.get(next)?.key === 'metro') {
    // "Polres Metro Jakarta Selatan" (type B) versus "Polres Metro" (Kota Metro, Lampung).
    const after = longestKnown(tokens, next + 1, regenciesByKey);
    if (after !== undefined) {
      resolvedKind = 'polres-metro';
      label = 'Polres Metro';
      next += 1;
    } else if (writtenName(tokens, next + 1) > next + 1 && tokens.get(next + 1)?.upper === true) {
      resolvedKind = 'polres-metro';
      label = 'Polres Metro';
      next += 1;
    }
  }
  const known = longestKnown(tokens, next, regenciesByKey);
  const endName = known?.next ?? writtenName(tokens, next);
  if (endName === next) return undefined;
  const written = joinRaw(tokens, next, endName);
  const regencies = known?.value ?? [];
  const regency = pickRegency(regencies, written);
  const provinceCode = regency?.provinceCode ?? sameProvince(regencies);
  const province = provinceOf(provinceCode);
  const canonical = regency === undefined ? titleCase(written) : canonicalRegencyName(regency, regencies);
  return {
    mention: {
      kind: resolvedKind,
      name: written,
      displayName: `${label} ${canonical}`,
      headquarters,
      ...(province === undefined ? {} : { province }),
    },
    next: skipParenthetical(tokens, endName),
    ...(regency === undefined ? {} : { regencyCode: regency.code }),
  };
}

const DISTRICTS = Symbol('districts');
type MentionWithDistricts = UnitMention & { [DISTRICTS]?: ReturnType<DistrictFinder> };

function safeFind(finder: DistrictFinder, key: string): ReturnType<DistrictFinder> {
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
  const homonym = candidates.length > 1 || findRegenciesByKey(placeKey(regency.name)).length > 1;
  return homonym && regency.level === 'city' ? `${regency.name} Kota` : regency.name;
}

// ---------------------------------------------------------------------------------------------
// Chains: "Polsek Tanjung Batu Polres OI", "Ditbinmas Polda Sumsel", "Korbinmas Baharkam Polri".

const MAX_CHAIN = 5;

function parentKindsOf(mention: UnitMention): readonly UnitKind[] {
  const rule: UnitKindRule = UNIT_KIND_RULES[mention.kind];
  if (rule.territorial) return rule.parentKinds;
  for (const record of Object.values(FUNCTIONAL_UNITS) as FunctionalUnitRecord[]) {
    if (record.name === mention.displayName) return record.parentKinds;
  }
  return [];
}

function parseChain(tokens: TokenList, at: number, options: ParseUnitMentionOptions): UnitMention | undefined {
  const first = parseOne(tokens, at, options, false);
  if (first === undefined) return undefined;
  const chain: Parsed[] = [first];
  let next = first.next;
  while (chain.length < MAX_CHAIN) {
    const child = chain[chain.length - 1]!;
    const token = tokens.get(next);
    if (token === undefined || token.stop) break;
    const parsed = parseOne(tokens, next, options, true);
    if (parsed === undefined || !parentKindsOf(child.mention).includes(parsed.mention.kind)) break;
    chain.push(parsed);
    next = parsed.next;
  }
  // Resolve from the outermost unit inwards: provinces and regencies flow down to children.
  let parent: Parsed | undefined;
  let result: UnitMention | undefined;
  for (let i = chain.length - 1; i >= 0; i--) {
    const current = chain[i]!;
    const mention = current.mention;
    const districts = (mention as MentionWithDistricts)[DISTRICTS];
    delete (mention as MentionWithDistricts)[DISTRICTS];
    if (parent !== undefined) {
      mention.parent = parent.mention;
      if (districts !== undefined && districts.length > 1) {
        const narrowed = districts.filter((d) =>
          parent?.regencyCode !== undefined
            ? d.regencyCode === parent.regencyCode
            : d.provinceCode === parent?.mention.province?.code,
        );
        if (narrowed.length === 1) {
          const district = narrowed[0]!;
          mention.displayName = `${current.label ?? 'Polsek'} ${district.name}`;
          const province = provinceOf(district.provinceCode);
          if (province !== undefined) mention.province = province;
          current.regencyCode = district.regencyCode;
        }
      }
      if (mention.province === undefined && parent.mention.province !== undefined) {
        mention.province = { ...parent.mention.province };
      }
      if (FUNCTIONAL_KIND_SET.has(mention.kind)) {
        mention.displayName = `${mention.displayName} ${parent.mention.displayName}`;
      }
      if (current.regencyCode === undefined && parent.regencyCode !== undefined && mention.kind === 'polsek') {
        current.regencyCode = parent.regencyCode;
      }
    }
    parent = current;
    result = mention;
  }
  return result;
}

const FUNCTIONAL_KIND_SET: ReadonlySet<UnitKind> = /* @__PURE__ */ new Set<UnitKind>(FUNCTIONAL_UNIT_KINDS);

/**
 * Reads the first police unit named in a text, the way Indonesian news writes it: any case and
 * spacing (`Polda jatim`, `POLRES OKU`), doubled-letter typos (`Pollres`), headquarters
 * (`Mapolsek Kedurang`), chains (`Polsek Tanjung Batu Polres OI`), spelled-out names
 * (`Kepolisian Resor (Polres) Kudus`, `Kepolisian Daerah Sumatera Selatan`), functional units
 * (`Ditbinmas Polda Sumsel`, `Sat Binmas Polres Bengkulu Selatan`) and Polda short names
 * (`PMJ`, `Poldasu`). `Polres Metro` alone is the Polres of Kota Metro (Lampung, kind `polres`);
 * `Polres Metro Jakarta Selatan` is kind `polres-metro`. `Sumatra` reads as `Sumatera`.
 *
 * The province comes from the Polda list, the regency table (names and abbreviations such as
 * `Lamsel`, `OKU`, `BS`), the parent unit, and — when `options.findDistricts` is given — the
 * district table for a Polsek whose kecamatan name is unique (or unique within its parent).
 *
 * Never throws; linear in the length of the text.
 *
 * @param text - Text that names a unit, e.g. `'Polsek Kedurang Polres BS'`.
 * @param options - Optional district lookup (`findDistricts` from `@kamtibmas/core/districts`).
 * @returns The mention, or `undefined` when the text names no unit.
 * @example
 * ```ts
 * parseUnitMention('Polres Lamsel')
 * //=> { kind: 'polres', name: 'Lamsel', displayName: 'Polres Lampung Selatan', province: { code: '18', name: 'Lampung' }, headquarters: false }
 * parseUnitMention('Ditbinmas Polda Sumsel')?.displayName
 * //=> 'Ditbinmas Polda Sumsel'
 * parseUnitMention('Mapolsek Kedurang')?.headquarters
 * //=> true
 * ```
 * @category Units
 */
export function parseUnitMention(text: string, options: ParseUnitMentionOptions = {}): UnitMention | undefined {
  try {
    if (typeof text !== 'string' || text.length === 0) return undefined;
    const tokens = tokenize(text);
    const safeOptions = typeof options === 'object' && options !== null ? options : {};
    for (let at = 0; at < tokens.length; at++) {
      const mention = parseChain(tokens, at, safeOptions);
      if (mention !== undefined) return mention;
    }
    return undefined;
  } catch {
    return undefined;
  }
}
