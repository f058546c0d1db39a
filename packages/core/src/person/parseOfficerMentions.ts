import type { OfficerMention } from './parseOfficerMention';
import { scanOfficerMentions } from './scanOfficerMentions';

/**
 * Reads every police officer named in a text, in order: "Kapolres BS AKBP Florentus Situngkir,
 * S.IK melalui Kapolsek Kedurang Ipda Suharno, SH" gives two mentions. Each is read as
 * {@link parseOfficerMention} reads the first. Never throws; linear in the text length.
 *
 * @param text - A sentence or a whole article.
 * @returns The mentions in text order (empty when there are none).
 * @example
 * ```ts
 * parseOfficerMentions('Kapolres BS AKBP Florentus Situngkir, S.IK melalui Kapolsek Kedurang Ipda Suharno, SH')
 *   .map((mention) => [mention.rank, mention.name, mention.position?.code])
 * //=> [['AKBP', 'Florentus Situngkir', 'kapolres'], ['IPDA', 'Suharno', 'kapolsek']]
 * ```
 * @category People
 */
export function parseOfficerMentions(text: string): OfficerMention[] {
  return scanOfficerMentions(text);
}
