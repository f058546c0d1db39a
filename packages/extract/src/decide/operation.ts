import { parseOperationName, type TextSpan } from '@kamtibmas/core';
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
 * or "Operasi" ("Ops Mantab Praja Mahakam 2024" → "Operasi Mantap Praja Mahakam 2024").
 *
 * @param context - The article and its mentions.
 * @returns The operation, or `undefined`.
 * @example
 * ```ts
 * decideOperation(contextOf('Personel yang bertugas dalam Ops Mantab Praja Mahakam 2024.'))?.operation
 * //=> 'Operasi Mantap Praja Mahakam 2024'
 * ```
 * @internal
 */
export function decideOperation(context: ReadContext): OperationDecision | undefined {
  const { article } = context;
  for (const hit of hitsIn(article, OPERATION_WORDS)) {
    const window = article.text.slice(hit.start, Math.min(article.text.length, hit.end + NAME_REACH));
    const cut = window.search(/[.,;\n]/u);
    const name = cut > hit.end - hit.start ? window.slice(0, cut) : window;
    const mention = parseOperationName(name);
    if (mention === undefined) continue;
    return { operation: mention.displayName, evidence: { start: hit.start, end: hit.start + name.trimEnd().length } };
  }
  return undefined;
}
