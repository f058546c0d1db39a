import { type LocalDate, parseOperationName, type TextSpan } from '@kamtibmas/core';
import { hitsIn } from '../_lib/hitsIn';
import type { ReadContext } from '../_lib/ReadContext';
import { OPERATION_WORDS } from '../data/electionTerms';

/** The police operation the article names, and where. */
export interface OperationDecision {
  /** Canonical name ("Operasi Mantap Praja Mahakam 2024"). */
  readonly operation: string;
  /** Evidence for `event.operation`. */
  readonly evidence: TextSpan;
}

/** Longest operation name read after its first word. */
const NAME_REACH = 50;

/**
 * Decides the operation: the first operation name core's `parseOperationName` reads after "Ops"
 * or "Operasi" ("Ops Mantab Praja Mahakam 2024" → "Operasi Mantap Praja Mahakam 2024"). An article
 * may name the operation its personnel serve in without the activity having run under it: when the
 * operation is a known one (core's `OPERATIONS`, with its dates) and the event's date falls outside
 * them, the name is not taken and a note says why (seed article 002: a statement dated 2024-06-19
 * names Ops Mantap Praja Mahakam 2024, which began on 2024-08-26).
 *
 * @param context - The article and its mentions.
 * @param eventDate - The event's date, when one was decided.
 * @returns The operation (or `undefined`) and the notes.
 * @example
 * ```ts
 * decideOperation(contextOf('Personel yang bertugas dalam Ops Mantab Praja Mahakam 2024.')).decision?.operation
 * //=> 'Operasi Mantap Praja Mahakam 2024'
 * decideOperation(contextOf('Personel yang bertugas dalam Ops Mantab Praja Mahakam 2024.'), '2024-06-19').decision
 * //=> undefined
 * ```
 * @internal
 */
export function decideOperation(
  context: ReadContext,
  eventDate?: LocalDate,
): { decision: OperationDecision | undefined; notes: string[] } {
  const { article } = context;
  const notes: string[] = [];
  for (const hit of hitsIn(article, OPERATION_WORDS)) {
    const window = article.text.slice(hit.start, Math.min(article.text.length, hit.end + NAME_REACH));
    const cut = window.search(/[.,;\n]/u);
    const name = cut > hit.end - hit.start ? window.slice(0, cut) : window;
    const mention = parseOperationName(name);
    if (mention === undefined) continue;
    const { start, end } = mention.operation ?? {};
    if (
      eventDate !== undefined &&
      ((start !== undefined && eventDate < start) || (end !== undefined && eventDate > end))
    ) {
      notes.push(
        `event.operation: "${name.trim()}" is named, but ${mention.displayName} ran ${start ?? '…'} to ${end ?? '…'}, not on the event's date ${eventDate}; not taken.`,
      );
      continue;
    }
    return {
      decision: {
        operation: mention.displayName,
        evidence: { start: hit.start, end: hit.start + name.trimEnd().length },
      },
      notes,
    };
  }
  return { decision: undefined, notes };
}
