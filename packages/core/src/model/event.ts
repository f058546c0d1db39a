import type {
  DatePrecision,
  ElectionId,
  EventKind,
  ParticipantGroupCode,
  ParticipationRole,
  TopicCode,
} from '../data/vocabularyCodes';
import type { LocalDate } from './localDate';
import type { Source } from './source';

/**
 * A person's part in an event. `onBehalfOf` records delegation: in "dibuka oleh Dirbinmas … melalui
 * Wadir Binmas …" the Wadir is the person present, acting for the Dirbinmas.
 *
 * @example
 * ```ts
 * const opening: Participation = {
 *   personId: 'imam-tarmudi',
 *   role: 'opener',
 *   onBehalfOf: 'sofyan-hidayat',
 * };
 * ```
 * @category Events
 */
export interface Participation {
  /** Id of the person present. */
  personId: string;
  /** What they did. */
  role: ParticipationRole;
  /** Id of the person they acted for ("melalui", "diwakili oleh"). Never `personId` itself. */
  onBehalfOf?: string;
}

/**
 * A group of people an event reached, with the count when the source gives one.
 *
 * @example
 * ```ts
 * const groups: ParticipantGroupRef = { group: 'tokoh-agama', count: 50, countText: '50 orang' };
 * ```
 * @category Events
 */
export interface ParticipantGroupRef {
  /** Which group. */
  group: ParticipantGroupCode;
  /** How many, when stated as a number. */
  count?: number;
  /** The count as written ("puluhan", "50 orang"). */
  countText?: string;
  /** Anything else the source says about the group. */
  note?: string;
}

/**
 * Address parts of a venue, as far as the source gives them.
 *
 * @example
 * ```ts
 * const address: VenueAddress = { street: 'Jalan POM IX', village: 'Lorok Pakjo', district: 'Ilir Barat I', city: 'Palembang' };
 * ```
 * @category Events
 */
export interface VenueAddress {
  /** Street and number. */
  street?: string;
  /** Desa or kelurahan. */
  village?: string;
  /** Kecamatan. */
  district?: string;
  /** Kabupaten. */
  regency?: string;
  /** Kota. */
  city?: string;
  /** Provinsi. */
  province?: string;
}

/**
 * Where an event took place.
 *
 * @example
 * ```ts
 * const venue: Venue = { name: 'Ballroom Hotel Aryaduta Palembang', address: { city: 'Palembang' } };
 * ```
 * @category Events
 */
export interface Venue {
  /** Name of the place, e.g. `'Aula Mapolres Banyuasin'`. */
  name?: string;
  /** Address parts. */
  address?: VenueAddress;
}

/**
 * Which election (and stage) an event relates to.
 *
 * @example
 * ```ts
 * const ref: EventElectionRef = { electionId: 'pemilu-2024', phaseId: 'pemilu-2024/kampanye' };
 * ```
 * @category Events
 */
export interface EventElectionRef {
  /** The election. */
  electionId: ElectionId;
  /** A stage id of that election (see {@link ElectionPhase}). */
  phaseId?: string;
}

/**
 * Something a person said, as quoted by the source.
 *
 * @example
 * ```ts
 * const quote: Quote = { personId: 'imam-tarmudi', text: 'Ini sebagai upaya kita …' };
 * ```
 * @category Events
 */
export interface Quote {
  /** Who said it. */
  personId: string;
  /** The words as quoted. */
  text: string;
}

/**
 * One community-engagement activity: an FGD, a dialog, a doa bersama, a sambang …
 *
 * @example
 * ```ts
 * const event: Event = {
 *   id: 'fgd-ditbinmas-sumsel-2023-11-24',
 *   kinds: ['fgd'],
 *   title: 'FGD peran pengusaha dan pengemudi transportasi umum',
 *   date: '2023-11-24',
 *   datePrecision: 'day',
 *   organizerIds: ['ditbinmas-polda-sumsel'],
 *   participants: [{ personId: 'imam-tarmudi', role: 'opener', onBehalfOf: 'sofyan-hidayat' }],
 *   participantGroups: [{ group: 'pengemudi-transportasi' }],
 *   topics: ['kamtibmas'],
 *   election: { electionId: 'pemilu-2024' },
 *   sources: [{ publisher: 'Koran Palpres', publishedOn: '2023-11-24' }],
 * };
 * ```
 * @category Events
 */
export interface Event {
  /** Kebab-case slug. */
  id: string;
  /** What kind of activity; several when the source says so ("FGD dan silaturahmi"). */
  kinds: EventKind[];
  /** Short title. */
  title: string;
  /** The theme as announced. */
  theme?: string;
  /** Day of the event (or of the report, see `datePrecision`). */
  date?: LocalDate;
  /** How the date is known, as written, e.g. `'Jumat (24/11/2023)'`; its weekday is checked against `date`. */
  dateText?: string;
  /** How precisely `date` is known. */
  datePrecision: DatePrecision;
  /** Where. */
  venue?: Venue;
  /** Ids of the units or organisations that held it. */
  organizerIds: string[];
  /** People and their roles. */
  participants: Participation[];
  /** Groups reached. */
  participantGroups: ParticipantGroupRef[];
  /** Topics addressed. */
  topics: TopicCode[];
  /** Election the event relates to. */
  election?: EventElectionRef;
  /** Police operation it ran under, e.g. `'Operasi Mantap Brata 2023-2024'`. */
  operation?: string;
  /** Stated objectives. */
  objectives?: string[];
  /** Quoted statements. */
  quotes?: Quote[];
  /** Where the facts come from; at least one. */
  sources: Source[];
}
