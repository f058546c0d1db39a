// Private: the "most specific stage" order shared by phaseAt and phasesAt.
import { dayNumberOfLocalDate } from '../date/dayNumber';
import type { ElectionPhase } from '../model/election';

// Day numbers of each stage's start and end, computed once per stage object: phaseAt runs for
// every validated event, and re-parsing both dates of every stage was most of its time. Stages
// are immutable calendar data, so a cache keyed by the object cannot go stale.
const spans = new WeakMap<ElectionPhase, { start: number; end: number }>();

function spanOf(phase: ElectionPhase): { start: number; end: number } {
  let span = spans.get(phase);
  if (span === undefined) {
    span = { start: dayNumberOfLocalDate(phase.start), end: dayNumberOfLocalDate(phase.end) };
    spans.set(phase, span);
  }
  return span;
}

/**
 * Negative when `a` is more specific than `b`: the later start first, then the shorter stage, then a
 * sub-stage before its parent. Equal stages keep their schedule order (stable sort).
 */
export function compareSpecificity(a: ElectionPhase, b: ElectionPhase): number {
  const spanA = spanOf(a);
  const spanB = spanOf(b);
  if (spanA.start !== spanB.start) return spanB.start - spanA.start;
  const lengthA = spanA.end - spanA.start;
  const lengthB = spanB.end - spanB.start;
  if (lengthA !== lengthB) return lengthA - lengthB;
  if (a.parentId === b.id) return -1;
  if (b.parentId === a.id) return 1;
  return 0;
}

/** Whether a stage's inclusive range contains the (valid) date. */
export function phaseContains(phase: ElectionPhase, dayNumber: number): boolean {
  const span = spanOf(phase);
  return span.start <= dayNumber && dayNumber <= span.end;
}
