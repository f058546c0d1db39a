import type { Organization, Unit } from '@kamtibmas/core';
import { slugify } from '../_lib/slug';
import type { ClusterRules } from './clusterRecords';

const agree = (a: string | undefined, b: string | undefined): boolean => a === undefined || b === undefined || a === b;

/**
 * When two unit records are one unit: found by id first, then by kind and name (or a short name:
 * "Polres Lamsel" is "Polres Lampung Selatan" when a record says so); never when they disagree on
 * kind, parent, function or area code.
 *
 * @internal
 */
export const unitRules: ClusterRules<Unit> = {
  keysOf: (unit) => [
    `id:${unit.id}`,
    `name:${unit.kind}:${slugify(unit.name)}`,
    ...(unit.shortNames ?? []).map((name) => `name:${unit.kind}:${slugify(name)}`),
  ],
  compatible: (a, b) =>
    a.kind === b.kind &&
    agree(a.parentId, b.parentId) &&
    agree(a.function, b.function) &&
    agree(a.area?.code, b.area?.code),
  absorb: (a, b) => mergeUnit(a, b),
};

/**
 * When two organisation records are one organisation: found by id, then by kind and name; never
 * when they disagree on kind or area code.
 *
 * @internal
 */
export const organizationRules: ClusterRules<Organization> = {
  keysOf: (organization) => [`id:${organization.id}`, `name:${organization.kind}:${slugify(organization.name)}`],
  compatible: (a, b) => a.kind === b.kind && agree(a.area?.code, b.area?.code),
  absorb: (a, b) => mergeOrganization(a, b),
};

/**
 * `a` with what `b` adds: the fields `a` lacks, and `b`'s short names. `a`'s id and fields win.
 *
 * @internal
 */
export function mergeUnit(a: Unit, b: Unit): Unit {
  const shortNames = [...new Set([...(a.shortNames ?? []), ...(b.shortNames ?? [])])].filter((name) => name !== a.name);
  const merged: Unit = { ...a };
  for (const [key, value] of Object.entries(b)) {
    if (value !== undefined && merged[key as keyof Unit] === undefined) Object.assign(merged, { [key]: value });
  }
  if (shortNames.length > 0) merged.shortNames = shortNames;
  else delete merged.shortNames;
  return merged;
}

/**
 * `a` with the fields it lacks taken from `b`. `a`'s id and fields win.
 *
 * @internal
 */
export function mergeOrganization(a: Organization, b: Organization): Organization {
  const merged: Organization = { ...a };
  if (merged.area === undefined && b.area !== undefined) merged.area = b.area;
  return merged;
}
