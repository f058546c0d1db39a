// Private: the "most specific stage" order shared by phaseAt and phasesAt.
import { dayNumberOfLocalDate } from '../date/dayNumber';
import type { ElectionPhase } from '../model/election';

/**
 * Negative when `a` is more specific than `b`: the later start first, then the shorter stage, then a
 * sub-stage before its parent. Equal stages keep their schedule order (stable sort).
 */
export function compareSpecificity(a: ElectionPhase, b: ElectionPhase): number {
  const startA = dayNumberOfLocalDate(a.start);
  const startB = dayNumberOfLocalDate(b.start);
  if (startA !== startB) return startB - startA;
  const lengthA = dayNumberOfLocalDate(a.end) - startA;
  const lengthB = dayNumberOfLocalDate(b.end) - startB;
  if (lengthA !== lengthB) return lengthA - lengthB;
  if (a.parentId === b.id) return -1;
  if (b.parentId === a.id) return 1;
  return 0;
}

/** Whether a stage's inclusive range contains the (valid) date. */
export function phaseContains(phase: ElectionPhase, dayNumber: number): boolean {
  return dayNumberOfLocalDate(phase.start) <= dayNumber && dayNumber <= dayNumberOfLocalDate(phase.end);
}
