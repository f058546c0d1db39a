import type { Dataset, Organization, PersonRecord, Unit } from '@kamtibmas/core';

/**
 * Adds to the dataset every record of `known` it refers to and does not hold (a linked unit's
 * parents up to its Polda, a known person's appointment units), until nothing is missing, so the
 * merged dataset validates on its own.
 *
 * @param dataset - The merged dataset; its lists are appended to.
 * @param known - The known dataset.
 * @returns How many known records were added.
 * @internal
 */
export function addKnownReferences(dataset: Dataset, known: Dataset): number {
  const units = new Map(known.units.map((unit): [string, Unit] => [unit.id, unit]));
  const organizations = new Map(known.organizations.map((o): [string, Organization] => [o.id, o]));
  const people = new Map(known.people.map((p): [string, PersonRecord] => [p.id, p]));
  const bodyIds = new Set([...dataset.units.map((u) => u.id), ...dataset.organizations.map((o) => o.id)]);
  const personIds = new Set(dataset.people.map((p) => p.id));
  const pendingBodies: string[] = [];
  const pendingPeople: string[] = [];
  for (const unit of dataset.units) if (unit.parentId !== undefined) pendingBodies.push(unit.parentId);
  for (const person of dataset.people) for (const a of person.appointments) pendingBodies.push(a.organizationId);
  for (const event of dataset.events) {
    pendingBodies.push(...event.organizerIds);
    for (const p of event.participants) {
      pendingPeople.push(p.personId);
      if (p.onBehalfOf !== undefined) pendingPeople.push(p.onBehalfOf);
    }
    for (const quote of event.quotes ?? []) pendingPeople.push(quote.personId);
  }
  let added = 0;
  while (pendingBodies.length > 0 || pendingPeople.length > 0) {
    const personId = pendingPeople.pop();
    if (personId !== undefined) {
      const person = people.get(personId);
      if (person === undefined || personIds.has(personId)) continue;
      personIds.add(personId);
      dataset.people.push(structuredClone(person));
      added++;
      for (const a of person.appointments) pendingBodies.push(a.organizationId);
      continue;
    }
    const id = pendingBodies.pop()!;
    if (bodyIds.has(id)) continue;
    const unit = units.get(id);
    const organization = unit === undefined ? organizations.get(id) : undefined;
    if (unit !== undefined) {
      dataset.units.push(structuredClone(unit));
      if (unit.parentId !== undefined) pendingBodies.push(unit.parentId);
    } else if (organization !== undefined) {
      dataset.organizations.push(structuredClone(organization));
    } else continue;
    bodyIds.add(id);
    added++;
  }
  return added;
}
