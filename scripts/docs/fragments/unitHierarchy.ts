// The unit tree of the fixtures dataset as an SVG diagram (unit-hierarchy.md and unit-hierarchy.svg).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { isFunctionalKind, type Unit } from '../../../packages/core/src/index';
import { dataset } from '../../../packages/fixtures/src/index';
import type { Fragment } from './Fragment';
import { escapeHtml, figure } from './markdown';
import { outDir } from './paths';

function unitHierarchy(): string {
  const svg = unitTreeSvg(dataset.units);
  writeFileSync(path.join(outDir, 'unit-hierarchy.svg'), `${svg}\n`);
  return figure(
    'unit-hierarchy',
    svg,
    `The ${dataset.units.length} police units of the fixtures dataset, drawn from their parentId links; functional units (directorates, satuan, seksi …) in a lighter colour.`,
  );
}

function unitTreeSvg(units: readonly Unit[]): string {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const children = new Map<string | undefined, Unit[]>();
  for (const unit of units) {
    const parent = unit.parentId && byId.has(unit.parentId) ? unit.parentId : undefined;
    const list = children.get(parent) ?? [];
    list.push(unit);
    children.set(parent, list);
  }
  const rows: { unit: Unit; depth: number; parentRow?: number }[] = [];
  const visit = (parent: string | undefined, depth: number, parentRow?: number): void => {
    const list = [...(children.get(parent) ?? [])].sort(
      (a, b) => Number(isFunctionalKind(a.kind)) - Number(isFunctionalKind(b.kind)) || a.name.localeCompare(b.name),
    );
    for (const unit of list) {
      rows.push({ unit, depth, parentRow });
      visit(unit.id, depth + 1, rows.length - 1);
    }
  };
  visit(undefined, 0);
  const rowHeight = 30;
  const indent = 28;
  const boxHeight = 22;
  const maxDepth = Math.max(...rows.map((row) => row.depth));
  const longest = Math.max(...rows.map((row) => row.unit.name.length + row.unit.kind.length + 3));
  const width = Math.ceil(16 + maxDepth * indent + longest * 7.2 + 40);
  const height = rows.length * rowHeight + 12;
  const parts: string[] = [];
  rows.forEach((row, index) => {
    const x = 8 + row.depth * indent;
    const y = 8 + index * rowHeight;
    if (row.parentRow !== undefined) {
      const px = 8 + (row.depth - 1) * indent + 10;
      const py = 8 + row.parentRow * rowHeight + boxHeight;
      parts.push(
        `<path d="M${px} ${py} V${y + boxHeight / 2} H${x}" fill="none" stroke="#8a94a6" stroke-width="1.2"/>`,
      );
    }
    const functional = isFunctionalKind(row.unit.kind);
    const label = `${row.unit.name} · ${row.unit.kind}`;
    const boxWidth = Math.ceil(label.length * 7.2 + 16);
    parts.push(
      `<g><title>${escapeHtml(`${row.unit.id} (${row.unit.kind})`)}</title>` +
        `<rect x="${x}" y="${y}" width="${boxWidth}" height="${boxHeight}" rx="4" fill="${functional ? '#d9ecf7' : '#1f6f9f'}" stroke="#1f6f9f"/>` +
        `<text x="${x + 8}" y="${y + 15}" fill="${functional ? '#0b3a55' : '#ffffff'}">${escapeHtml(row.unit.name)}<tspan fill-opacity="0.75"> · ${escapeHtml(row.unit.kind)}</tspan></text></g>`,
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="kamtibmas-unit-tree" role="img" aria-label="Unit hierarchy of the fixtures dataset" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="max-width:100%;height:auto" ` +
    `font-family="system-ui, sans-serif" font-size="12">\n${parts.join('\n')}\n</svg>`
  );
}

/** unit-hierarchy.md (and the SVG beside it). */
export function unitHierarchyFragments(): Fragment[] {
  return [['unit-hierarchy.md', unitHierarchy]];
}
