// Reference tables from core's data: the rank ladder, the Polda, and which functional units sit in
// which territorial kind.
import {
  FUNCTIONAL_UNITS,
  type FunctionalUnitRecord,
  POLDA,
  RANKS,
  type Rank,
  type RankGroup,
  TERRITORIAL_UNIT_KINDS,
} from '../../../packages/core/src/index';
import type { Fragment } from './Fragment';
import { table } from './markdown';

const RANK_GROUP_NAMES: Record<RankGroup, string> = {
  pati: 'Perwira Tinggi',
  pamen: 'Perwira Menengah',
  pama: 'Perwira Pertama',
  'bintara-tinggi': 'Bintara Tinggi',
  bintara: 'Bintara',
  tamtama: 'Tamtama',
};

function ranksTable(): string {
  const ranks: readonly Rank[] = RANKS;
  const rows = [...ranks]
    .sort((a, b) => b.level - a.level)
    .map((rank) => [
      rank.level,
      `\`${rank.code}\``,
      rank.name,
      rank.abbreviation,
      rank.englishName,
      RANK_GROUP_NAMES[rank.group],
      rank.insignia,
      `${rank.tniEquivalent.name}${rank.tniEquivalent.unconfirmed ? ' (unconfirmed)' : ''}`,
      rank.aliases.join(', '),
    ]);
  return table(
    ['Level', 'Code', 'Name', 'Abbreviation', 'English', 'Group', 'Insignia', 'TNI-AD equivalent', 'Also written'],
    rows,
  );
}

function poldaTable(): string {
  const rows = POLDA.map((p) => [
    `\`${p.id}\``,
    p.name,
    p.provinceName,
    p.provinceCodes.join(', '),
    p.headquarters,
    `${p.type}${p.typeUnconfirmed ? ' (unconfirmed)' : ''}`,
    p.timeZone,
  ]);
  const byType = new Map<string, number>();
  for (const p of POLDA) byType.set(p.type, (byType.get(p.type) ?? 0) + 1);
  const summary = [...byType].map(([type, count]) => `${count} of type ${type}`).join(', ');
  return `${POLDA.length} Polda (${summary}).\n\n${table(
    ['Id', 'Name', 'Province', 'Province code', 'Headquarters', 'Type', 'Time zone'],
    rows,
  )}`;
}

function unitKindsTable(): string {
  const functionalUnits: readonly FunctionalUnitRecord[] = Object.values(FUNCTIONAL_UNITS);
  const rows = TERRITORIAL_UNIT_KINDS.map((kind) => [
    `\`${kind}\``,
    functionalUnits
      .filter((unit) => unit.parentKinds.includes(kind))
      .map((unit) => `${unit.name} (${unit.fullName})`)
      .join('; '),
  ]);
  return table(['Territorial kind', 'Functional units found inside it (FUNCTIONAL_UNITS)'], rows);
}

/** ranks-table.md, polda-table.md and unit-kinds-table.md. */
export function referenceTableFragments(): Fragment[] {
  return [
    ['ranks-table.md', ranksTable],
    ['polda-table.md', poldaTable],
    ['unit-kinds-table.md', unitKindsTable],
  ];
}
