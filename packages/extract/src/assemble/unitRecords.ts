import {
  canContain,
  type Dataset,
  getPolda,
  isFunctionalKind,
  POLDA,
  type PoldaRecord,
  timeZoneOfProvince,
  type Unit,
  type UnitKind,
  type UnitMention,
} from '@kamtibmas/core';
import { slugify } from '../_lib/slug';
import { wordMemo } from '../decide/wordMemo';

// How specific a unit kind is: a functional unit under a Polres is more specific than the Polres.
const SPECIFICITY: Record<UnitKind, number> = {
  mabes: 0,
  polda: 1,
  polrestabes: 2,
  'polres-metro': 2,
  polresta: 2,
  polres: 2,
  polsek: 4,
  polsubsektor: 5,
  divisi: 1,
  korps: 1,
  biro: 2,
  direktorat: 2,
  bidang: 2,
  satuan: 3,
  seksi: 3,
  unit: 5,
};

/**
 * How specific a unit mention is (higher is more specific): a Polsek beats its Polres, a
 * Direktorat beats its Polda, a functional unit beats the territorial unit it sits in.
 *
 * @param mention - A unit mention.
 * @returns The rank.
 * @example
 * ```ts
 * specificity({ kind: 'polsek' } as UnitMention) > specificity({ kind: 'polres' } as UnitMention)
 * //=> true
 * ```
 * @internal
 */
export function specificity(mention: UnitMention): number {
  return SPECIFICITY[mention.kind] ?? 0;
}

function poldaOfProvince(code: string | undefined): PoldaRecord | undefined {
  if (code === undefined) return undefined;
  return POLDA.find((polda) => polda.area.code === code) ?? POLDA.find((polda) => polda.provinceCodes.includes(code));
}

/**
 * The id a unit mention becomes: the Polda list's id for a Polda (`polda-sumsel`), else the slug
 * of the canonical name (`polres-lampung-selatan`, `ditbinmas-polda-sumsel`).
 *
 * @param mention - A unit mention.
 * @returns The id.
 * @example
 * ```ts
 * unitIdOf({ kind: 'polda', name: 'Sumatera Selatan', displayName: 'Polda Sumatera Selatan', headquarters: false })
 * //=> 'polda-sumsel'
 * ```
 * @internal
 */
export function unitIdOf(mention: UnitMention): string {
  return idOf(mention, poldaOf(mention));
}

/** The Polda record a Polda mention names, by its display name or else its name. */
function poldaOf(mention: UnitMention): PoldaRecord | undefined {
  return mention.kind === 'polda' ? (poldaNamed(mention.displayName) ?? poldaNamed(mention.name)) : undefined;
}

function idOf(mention: UnitMention, polda: PoldaRecord | undefined): string {
  return polda?.id ?? slugOfName(mention.displayName);
}

// A unit's id is asked for again and again (its record, its chain, the organiser, the evidence),
// and the same units are named article after article: the Polda lookup and the slug of a name
// are remembered (both are pure functions of the name).
const poldaNamed = /* @__PURE__ */ wordMemo((name: string) => getPolda(name));
const slugOfName = /* @__PURE__ */ wordMemo(slugify);

/**
 * The ids of a mention and of every unit it is said to belong to, most specific first.
 *
 * @param mention - A unit mention.
 * @returns Ids, the mention's own first.
 * @example
 * ```ts
 * unitChainIds({ kind: 'polsek', name: 'Kedurang', displayName: 'Polsek Kedurang', headquarters: false })
 * //=> ['polsek-kedurang']
 * ```
 * @internal
 */
export function unitChainIds(mention: UnitMention): string[] {
  const ids: string[] = [];
  for (let m: UnitMention | undefined = mention; m !== undefined && ids.length < 8; m = m.parent) ids.push(unitIdOf(m));
  return ids;
}

/**
 * Builds unit records from mentions: one record per id, parents first, each with what the
 * mention settles (kind, canonical name, parent, province's time zone). A Polres-type unit whose
 * parent is not written gets its Polda from its province; a Polda is completed from the Polda
 * list. A functional unit without a parent cannot be a valid record: it is left out and its
 * mention reported by the caller. Known records (`options.known`) are used as they are.
 *
 * @internal
 */
export class UnitRecords {
  readonly #units = new Map<string, Unit>();
  readonly #known: Map<string, Unit>;

  /** @param known - Records to reuse by id. */
  constructor(known?: Dataset) {
    const units = Array.isArray(known?.units) ? known.units : [];
    this.#known = new Map(
      units
        .filter((unit): unit is Unit => typeof unit === 'object' && unit !== null && typeof unit.id === 'string')
        .map((unit) => [unit.id, unit]),
    );
  }

  /**
   * Adds the record of a mention (and of its parents); returns its id, or `undefined` when the
   * mention cannot be a valid record.
   *
   * @param mention - The unit mention.
   * @returns The record's id.
   */
  add(mention: UnitMention): string | undefined {
    return this.#add(mention, 0);
  }

  #add(mention: UnitMention, depth: number): string | undefined {
    // A Polda's record and its id come from one lookup of the Polda list.
    const polda = poldaOf(mention);
    const id = idOf(mention, polda);
    if (this.#units.has(id)) return id;
    const known = this.#known.get(id);
    if (known !== undefined) {
      if (known.parentId !== undefined && !this.#units.has(known.parentId)) {
        const parent = this.#known.get(known.parentId);
        if (parent === undefined) return undefined;
        this.#units.set(parent.id, parent);
      }
      this.#units.set(id, known);
      return id;
    }
    if (mention.kind === 'polda') {
      if (polda === undefined) return undefined;
      this.#units.set(polda.id, poldaUnit(polda));
      return polda.id;
    }
    if (mention.kind === 'mabes') return undefined;
    let parentId: string | undefined;
    if (mention.parent !== undefined && depth < 6 && canContain(mention.parent.kind, mention.kind)) {
      parentId = this.#add(mention.parent, depth + 1);
    }
    if (parentId === undefined && isPolresKind(mention.kind)) {
      const polda = poldaOfProvince(mention.province?.code);
      if (polda !== undefined) {
        this.#units.set(polda.id, poldaUnit(polda));
        parentId = polda.id;
      }
    }
    if (parentId === undefined && isFunctionalKind(mention.kind)) return undefined;
    const unit: Unit = { id, kind: mention.kind, name: mention.displayName };
    if (parentId !== undefined) unit.parentId = parentId;
    const timeZone = mention.province === undefined ? undefined : timeZoneOfProvince(mention.province.code);
    if (timeZone !== undefined) unit.timeZone = timeZone;
    this.#units.set(id, unit);
    return id;
  }

  /**
   * Whether a record with this id was made.
   *
   * @param id - A unit id.
   * @returns `true` when present.
   */
  has(id: string): boolean {
    return this.#units.has(id);
  }

  /** The records, parents before children. */
  list(): Unit[] {
    return [...this.#units.values()];
  }
}

function isPolresKind(kind: UnitKind): boolean {
  return kind === 'polres' || kind === 'polresta' || kind === 'polrestabes' || kind === 'polres-metro';
}

function poldaUnit(polda: PoldaRecord): Unit {
  return {
    id: polda.id,
    kind: 'polda',
    name: polda.name,
    shortNames: [polda.officialName],
    type: polda.type,
    area: { level: 'province', name: polda.area.name, code: polda.area.code },
    timeZone: polda.timeZone,
  };
}
