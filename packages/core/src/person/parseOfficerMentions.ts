import type { TextSpan } from '../text/textSpan';
import type { OfficerMention } from './parseOfficerMention';
import { readOfficerMentions } from './readOfficerMentions';

/**
 * An officer mention found in a text, with where it is written: `text.slice(start, end)` is the
 * whole mention as written — position, unit, rank, name and titles ("Kapolres Banyuasin AKBP Ruri
 * Prastowo, S.I.K."), or the name before the rank ("Sofyan Hidayat, S.I.K., Kombes Pol").
 *
 * @example
 * ```ts
 * const text = 'Kapolsek Kedurang Ipda Suharno, SH';
 * const found: FoundOfficerMention = parseOfficerMentions(text)[0]!;
 * text.slice(found.start, found.end)
 * //=> 'Kapolsek Kedurang Ipda Suharno, SH'
 * ```
 * @category People
 */
export type FoundOfficerMention = OfficerMention & TextSpan;

/**
 * Reads every police officer named in a text, in order: "Kapolres BS AKBP Florentus Situngkir,
 * S.IK melalui Kapolsek Kedurang Ipda Suharno, SH" gives two mentions. Each is read as
 * {@link parseOfficerMention} reads the first, and carries its span: `start`/`end` are UTF-16
 * offsets into `text`, `text.slice(start, end)` is the mention as written. Spans are in text
 * order and do not overlap. Never throws; linear in the text length.
 *
 * @param text - A sentence or a whole article.
 * @returns The mentions in text order, each with its span (empty when there are none).
 * @example
 * ```ts
 * const text = 'Kapolres BS AKBP Florentus Situngkir, S.IK melalui Kapolsek Kedurang Ipda Suharno, SH';
 * parseOfficerMentions(text).map((mention) => [mention.rank, mention.name, mention.position?.code])
 * //=> [['AKBP', 'Florentus Situngkir', 'kapolres'], ['IPDA', 'Suharno', 'kapolsek']]
 * parseOfficerMentions(text).map((mention) => text.slice(mention.start, mention.end))
 * //=> ['Kapolres BS AKBP Florentus Situngkir, S.IK', 'Kapolsek Kedurang Ipda Suharno, SH']
 * ```
 * @category People
 */
export function parseOfficerMentions(text: string): FoundOfficerMention[] {
  return readOfficerMentions(text);
}
