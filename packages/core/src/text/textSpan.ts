/**
 * Where a mention was found in the text it was read from: UTF-16 offsets, so
 * `text.slice(start, end)` is the mention exactly as written. Every finder (`parseOfficerMentions`,
 * `findUnitMentions`, `findDateMentions`, `findVocabularyMentions`) returns its mentions with one.
 *
 * @example
 * ```ts
 * const text = 'Kapolsek Kedurang Ipda Suharno, SH';
 * const [mention] = parseOfficerMentions(text);
 * text.slice(mention.start, mention.end); //=> 'Kapolsek Kedurang Ipda Suharno, SH'
 * ```
 * @category Text
 */
export interface TextSpan {
  /** Offset of the mention's first character (inclusive). */
  start: number;
  /** Offset just after the mention's last character (exclusive). */
  end: number;
}
