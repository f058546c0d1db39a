// Markdown and HTML helpers of the generated fragments.

/** Text made safe inside HTML (and so inside markdown). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A markdown table cell: pipes escaped, no line breaks. */
function cell(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  // HTML-escape text outside `code spans` only: inside them markdown shows entities literally.
  return String(value)
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? part : escapeHtml(part)))
    .join('')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

/** A markdown table, one cell per value. */
export function table(header: string[], rows: unknown[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** A fenced code block whose fence is longer than any run of backticks in the body. */
export function fence(language: string, body: string): string {
  const longestRun = Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longestRun + 1);
  return `${ticks}${language}\n${body.replace(/\s+$/, '')}\n${ticks}`;
}

/** JSON indented by two spaces. */
export const json = (value: unknown): string => JSON.stringify(value, null, 2);

/** Wraps an SVG in a figure; no blank lines inside, so markdown keeps it as one HTML block. */
export function figure(id: string, svg: string, caption: string): string {
  return `<figure class="kamtibmas-diagram" id="${id}">\n${svg}\n<figcaption>${escapeHtml(caption)}</figcaption>\n</figure>`;
}
