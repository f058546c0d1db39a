import { POSITIONS, type PositionCode } from '@kamtibmas/core';
import { GENERIC_OFFICE_HEADS } from '../data/officialNameWords';
import { EXTRA_OFFICES, OFFICE_ORGANIZATIONS, type OfficeOrganization } from '../data/officialTitles';

// The offices the official reader looks for, built once from core's POSITIONS (civilian and TNI
// codes), the offices without a code and the generic heads of data/. One table, read by the
// official reader and by the name check (a name is never an office).

/** An office the reader knows: its code, its organisation, and whether it is a generic head. */
export interface Office {
  readonly code?: PositionCode;
  readonly organization: OfficeOrganization;
  /** A head ("Ketua") that is an office only with a body's name after it. */
  readonly generic: boolean;
}

function buildOffices(): ReadonlyMap<string, Office> {
  const map = new Map<string, Office>();
  for (const [code, organization] of Object.entries(OFFICE_ORGANIZATIONS) as [
    keyof typeof OFFICE_ORGANIZATIONS,
    OfficeOrganization,
  ][]) {
    const position = POSITIONS[code];
    for (const name of [position.abbreviation, ...position.aliases]) {
      map.set(name.toLowerCase(), { code, organization, generic: false });
    }
  }
  for (const office of EXTRA_OFFICES) {
    if (!map.has(office.phrase)) map.set(office.phrase, { organization: office.organization, generic: false });
  }
  for (const head of GENERIC_OFFICE_HEADS) {
    if (!map.has(head)) map.set(head, { organization: { kind: 'other', prefix: '' }, generic: true });
  }
  return map;
}

const OFFICES: ReadonlyMap<string, Office> = /* @__PURE__ */ buildOffices();
const OFFICE_NAMES: readonly string[] = /* @__PURE__ */ (() => [...OFFICES.keys()])();

/** Every office the reader knows, by its lower-cased name. */
export function offices(): ReadonlyMap<string, Office> {
  return OFFICES;
}

/** The names of {@link offices}. */
export function officeNames(): readonly string[] {
  return OFFICE_NAMES;
}
