// The article with every piece of evidence marked where it was read. Evidence spans may overlap
// (a date inside the sentence that names the organiser), so the text is cut at every span boundary
// and each piece is marked with all the claims that cover it.
import { h } from './dom';

export interface EvidenceSpan {
  claim: string;
  quote: string;
  start: number;
  end: number;
}

/** Renders `text` into `target` with `<mark>`s; a mark's title lists its claims and quotes. */
export function highlightEvidence(target: HTMLElement, text: string, evidence: readonly EvidenceSpan[]): void {
  const spans = evidence.filter((e) => e.start >= 0 && e.end <= text.length && e.start < e.end);
  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Node[] = [];
  // Spans sorted by start; `open` holds those covering the current piece (a sweep, linear in
  // pieces × overlapping spans, which is small).
  const byStart = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let next = 0;
  let open: EvidenceSpan[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    open = open.filter((span) => span.end > from);
    while (next < byStart.length && byStart[next]!.start <= from) {
      if (byStart[next]!.end > from) open.push(byStart[next]!);
      next++;
    }
    const piece = text.slice(from, to);
    if (open.length === 0) {
      pieces.push(document.createTextNode(piece));
      continue;
    }
    const claims = [...new Set(open.map((span) => span.claim))];
    pieces.push(
      h(
        'mark',
        {
          'data-claims': claims.join(' '),
          title: open.map((span) => `${span.claim}: “${span.quote}”`).join('\n'),
          class: open.length > 1 ? 'overlap' : undefined,
        },
        piece,
      ),
    );
  }
  target.replaceChildren(...pieces);
}
