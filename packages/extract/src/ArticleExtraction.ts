import type {
  Dataset,
  DateMention,
  DistrictFinder,
  Event,
  EventKind,
  FoundOfficerMention,
  LocalDate,
  ParticipantGroupCode,
  TextSpan,
  TopicCode,
  UnitMention,
} from '@kamtibmas/core';

/**
 * Options of {@link extractArticle}: what the caller knows about the article besides its text.
 *
 * @example
 * ```ts
 * const options: ExtractArticleOptions = {
 *   url: 'https://example.com/berita/1',
 *   publisher: 'Koran Palpres',
 *   publishedOn: '2023-11-24',
 * };
 * options.publishedOn
 * //=> '2023-11-24'
 * ```
 * @category Extraction
 */
export interface ExtractArticleOptions {
  /** Address of the article; copied to `event.sources[0].url`. */
  url?: string;
  /** Outlet; copied to `event.sources[0].publisher` (else read from the dateline, else `'unknown'`). */
  publisher?: string;
  /** Publication date: resolves dates written without a year ("(24/8)") and dates the appointments. */
  publishedOn?: LocalDate;
  /** District finder (from `@kamtibmas/core/districts`) to settle a Polsek's province. */
  findDistricts?: DistrictFinder;
  /** Records to link to instead of creating new ones (same id → the known record is used). */
  known?: Dataset;
}

/**
 * A police officer found in the article, with the id of the person record it became. Several
 * mentions ("AKBP Imam Tarmudi" … "AKBP Imam" … "kata Kapolsek") share one `personId`.
 *
 * @example
 * ```ts
 * const mention: ExtractedOfficerMention = {
 *   rank: 'AKBP', name: 'Imam Tarmudi', titles: [], honorifics: [], former: false,
 *   start: 114, end: 131, personId: 'imam-tarmudi',
 * };
 * mention.personId
 * //=> 'imam-tarmudi'
 * ```
 * @category Extraction
 */
export type ExtractedOfficerMention = FoundOfficerMention & {
  /** Id of the officer record in `dataset.people`. */
  personId: string;
};

/**
 * A civilian or TNI official found in the article ("Camat Kedurang …", "Ketua KPU Balikpapan
 * Prakoso Yudo Lelono", "Pj. Bupati Banyuasin H. Hani Syopiar Rustam"), with its span.
 *
 * @example
 * ```ts
 * const mention: ExtractedOfficialMention = {
 *   name: 'Prakoso Yudo Lelono', honorifics: [], titles: [],
 *   position: { code: 'ketua-kpu', text: 'Ketua KPU' }, organization: 'KPU Balikpapan',
 *   start: 1356, end: 1396, personId: 'prakoso-yudo-lelono', organizationId: 'kpu-kota-balikpapan',
 * };
 * mention.position.code
 * //=> 'ketua-kpu'
 * ```
 * @category Extraction
 */
export interface ExtractedOfficialMention extends TextSpan {
  /** The person's name only, as written (empty when the text names only the office). */
  name: string;
  /** Honorifics before the name, canonical (`H.`, `Hj.`). */
  honorifics: string[];
  /** Academic titles, canonical (`S.E.`, `M.Si.`). */
  titles: string[];
  /** The position as written, with its code when known. */
  position: { code?: string; text: string };
  /** The organisation as written after the position ("KPU Balikpapan"), when any. */
  organization?: string;
  /** Acting prefix: `'pj'`, `'plt'`, `'plh'`. */
  acting?: 'pj' | 'plt' | 'plh' | 'ps';
  /** Id of the person record, when the mention names a person. */
  personId?: string;
  /** Id of the organisation record, when one was made. */
  organizationId?: string;
}

/**
 * A police unit found in the article, with the id of the unit record it became.
 *
 * @example
 * ```ts
 * const mention: ExtractedUnitMention = {
 *   kind: 'polres', name: 'Banyuasin', displayName: 'Polres Banyuasin', headquarters: false,
 *   start: 509, end: 525, unitId: 'polres-banyuasin',
 * };
 * mention.unitId
 * //=> 'polres-banyuasin'
 * ```
 * @category Extraction
 */
export type ExtractedUnitMention = UnitMention &
  TextSpan & {
    /** Id of the unit record in `dataset.units`. */
    unitId: string;
  };

/**
 * A date found in the article, and what the extractor took it for.
 *
 * @example
 * ```ts
 * const mention: ExtractedDateMention = {
 *   date: '2023-11-24', year: 2023, month: 11, day: 24, weekday: 5, weekdayMatches: true,
 *   start: 386, end: 404, role: 'event',
 * };
 * mention.role
 * //=> 'event'
 * ```
 * @category Extraction
 */
export type ExtractedDateMention = DateMention &
  TextSpan & {
    /**
     * `event`: the activity's date; `statement`: a quote's or statement's date; `voting`: an
     * election's voting day; `dateline`: a site's date widget or dateline; `other`.
     */
    role: 'event' | 'statement' | 'voting' | 'dateline' | 'other';
  };

/**
 * A vocabulary term found in the article (event kind, participant group, topic), with its span.
 *
 * @example
 * ```ts
 * const mention: ExtractedTermMention<'fgd'> = { code: 'fgd', start: 67, end: 70 };
 * mention.code
 * //=> 'fgd'
 * ```
 * @category Extraction
 */
export interface ExtractedTermMention<Code extends string> extends TextSpan {
  /** The vocabulary code. */
  code: Code;
}

/**
 * Everything the extractor found in the text, each with its span (`text.slice(start, end)`).
 *
 * @example
 * ```ts
 * const mentions: ExtractedMentions = {
 *   officers: [], officials: [], units: [], dates: [], kinds: [], groups: [], topics: [],
 * };
 * mentions.officers.length
 * //=> 0
 * ```
 * @category Extraction
 */
export interface ExtractedMentions {
  /** Police officers (rank + name), each linked to its person record. */
  officers: ExtractedOfficerMention[];
  /** Civilian and TNI officials. */
  officials: ExtractedOfficialMention[];
  /** Police units. */
  units: ExtractedUnitMention[];
  /** Dates, with the role the extractor gave each. */
  dates: ExtractedDateMention[];
  /** Event-kind terms. */
  kinds: ExtractedTermMention<EventKind>[];
  /** Participant-group terms. */
  groups: ExtractedTermMention<ParticipantGroupCode>[];
  /** Topic terms. */
  topics: ExtractedTermMention<TopicCode>[];
}

/**
 * A mention the extractor could not link to a record: a pseudo-reference ("kata Kapolsek" with no
 * Kapolsek named), an office without a name, a unit it could not place.
 *
 * @example
 * ```ts
 * const item: UnresolvedMention = {
 *   kind: 'official', text: 'Camat Kedurang', start: 739, end: 753, ref: 'kecamatan-kedurang',
 * };
 * item.kind
 * //=> 'official'
 * ```
 * @category Extraction
 */
export interface UnresolvedMention extends TextSpan {
  /** What was mentioned: `'officer'`, `'official'`, `'unit'`, `'organization'`, `'date'`. */
  kind: 'officer' | 'official' | 'unit' | 'organization' | 'date';
  /** The words as written (`text.slice(start, end)`). */
  text: string;
  /**
   * The best reference the extractor has: the id of the organisation or unit the office belongs
   * to, or a pseudo-id such as `'kapolsek@polsek-kedurang'`; empty when none.
   */
  ref: string;
}

/**
 * What {@link extractArticle} read from one article: a draft dataset whose every fact carries its
 * evidence, the mentions it was built from, what could not be linked, and notes for a reviewer.
 *
 * @example
 * ```ts
 * const extraction = extractArticle('Polres Lebong menggelar sosialisasi, Senin (5/2/2024).');
 * extraction.dataset.events[0] === extraction.event
 * //=> true
 * ```
 * @category Extraction
 */
export interface ArticleExtraction {
  /** Units, organisations and people the event refers to, and the event as `events[0]`. */
  dataset: Dataset;
  /** The article's main activity; `undefined` when the text describes none. */
  event: Event | undefined;
  /** Every mention found, with its span. */
  mentions: ExtractedMentions;
  /** Mentions that could not be linked to a record. */
  unresolved: UnresolvedMention[];
  /** Remarks for a reviewer: a weekday that contradicts its date, a guessed field, a validation failure. */
  notes: string[];
}
