// The stages of one election as an SVG timeline, and the order its tables list them in.
import type { Election, ElectionPhase } from '../../../packages/core/src/index';
import { escapeHtml } from './markdown';

const DAY = 86_400_000;
/** Days since 1970-01-01 of an ISO date. */
export const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des'];

/** Stages in display order: each top-level stage followed by its sub-stages, by start date. */
export function orderStages(stages: readonly ElectionPhase[]): { phase: ElectionPhase; depth: number }[] {
  const ids = new Set(stages.map((stage) => stage.id));
  const byStart = (a: ElectionPhase, b: ElectionPhase) =>
    a.start.localeCompare(b.start) || b.end.localeCompare(a.end) || a.id.localeCompare(b.id);
  const out: { phase: ElectionPhase; depth: number }[] = [];
  const visit = (parentId: string | undefined, depth: number) => {
    for (const phase of stages
      .filter((stage) => (stage.parentId && ids.has(stage.parentId) ? stage.parentId : undefined) === parentId)
      .sort(byStart)) {
      out.push({ phase, depth });
      visit(phase.id, depth + 1);
    }
  };
  visit(undefined, 0);
  return out;
}

/** The dated stages of `election` as bars on a month grid, with voting day as a red line. */
export function timelineSvg(election: Election): string {
  const rows = orderStages(election.stages);
  const first = Math.min(...election.stages.map((stage) => dayNumber(stage.start)));
  const last = Math.max(...election.stages.map((stage) => dayNumber(stage.end)), dayNumber(election.votingDay));
  // Sized for TypeDoc's content column (about 640 px) so the text stays legible without scaling.
  const labelWidth = 250;
  const chartWidth = 390;
  const top = 34;
  const rowHeight = 22;
  const width = labelWidth + chartWidth + 14;
  const height = top + rows.length * rowHeight + 28;
  const scale = chartWidth / (last - first + 1);
  const xOf = (day: number) => labelWidth + (day - first) * scale;
  const parts: string[] = [];
  // Month grid: a tick at the first of every month, labelled every quarter (January with the year).
  const startDate = new Date(first * DAY);
  for (
    let month = new Date(Date.UTC(startDate.getUTCFullYear(), startDate.getUTCMonth() + 1, 1));
    month.getTime() / DAY <= last;
    month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))
  ) {
    const x = xOf(month.getTime() / DAY).toFixed(1);
    const m = month.getUTCMonth();
    parts.push(
      `<line x1="${x}" y1="${top - 6}" x2="${x}" y2="${height - 24}" stroke="#8a94a6" stroke-opacity="${m === 0 ? 0.7 : 0.25}"/>`,
    );
    if (m % 3 === 0) {
      parts.push(
        `<text x="${x}" y="${top - 10}" text-anchor="middle" fill="currentColor" font-size="10">${MONTHS[m]}${m === 0 ? ` ${month.getUTCFullYear()}` : ''}</text>`,
      );
    }
  }
  rows.forEach(({ phase, depth }, index) => {
    const y = top + index * rowHeight;
    const x1 = xOf(dayNumber(phase.start));
    const barWidth = Math.max(2, (dayNumber(phase.end) - dayNumber(phase.start) + 1) * scale);
    const maxChars = Math.floor((labelWidth - 14 - depth * 12) / 5.6);
    const name = phase.name.en.length > maxChars ? `${phase.name.en.slice(0, maxChars - 1)}…` : phase.name.en;
    const tooltip = `${phase.name.id} / ${phase.name.en}: ${phase.start} – ${phase.end} (${phase.id})`;
    parts.push(
      `<g class="stage"><title>${escapeHtml(tooltip)}</title>` +
        `<text x="${6 + depth * 12}" y="${y + 14}" fill="currentColor"${depth ? ' fill-opacity="0.8"' : ''}>${escapeHtml(name)}</text>` +
        `<rect x="${x1.toFixed(1)}" y="${y + 4}" width="${barWidth.toFixed(1)}" height="14" rx="3" fill="${depth ? '#6fb1d9' : '#1f6f9f'}"/></g>`,
    );
  });
  const vx = xOf(dayNumber(election.votingDay)).toFixed(1);
  parts.push(
    `<g class="voting-day"><title>Voting day ${election.votingDay}</title>` +
      `<line x1="${vx}" y1="${top - 4}" x2="${vx}" y2="${height - 22}" stroke="#c0392b" stroke-width="2"/>` +
      `<text x="${vx}" y="${height - 8}" text-anchor="middle" fill="#c0392b" font-weight="bold">Voting day ${election.votingDay}</text></g>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="kamtibmas-timeline" role="img" aria-label="Stages of ${escapeHtml(election.id)}" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="max-width:100%;height:auto" ` +
    `font-family="system-ui, sans-serif" font-size="10.5">\n${parts.join('\n')}\n</svg>`
  );
}
