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
  onBehalfOf?: string | undefined;
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
  count?: number | undefined;
  /** The count as written ("puluhan", "50 orang"). */
  countText?: string | undefined;
  /** Anything else the source says about the group. */
  note?: string | undefined;
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
  street?: string | undefined;
  /** Desa or kelurahan. */
  village?: string | undefined;
  /** Kecamatan. */
  district?: string | undefined;
  /** Kabupaten. */
  regency?: string | undefined;
  /** Kota. */
  city?: string | undefined;
  /** Provinsi. */
  province?: string | undefined;
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
  name?: string | undefined;
  /** Address parts. */
  address?: VenueAddress | undefined;
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
  phaseId?: string | undefined;
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
  theme?: string | undefined;
  /** Day of the event (or of the report, see `datePrecision`). */
  date?: LocalDate | undefined;
  /** How the date is known, as written, e.g. `'Jumat (24/11/2023)'`; its weekday is checked against `date`. */
  dateText?: string | undefined;
  /** How precisely `date` is known. */
  datePrecision: DatePrecision;
  /** Where. */
  venue?: Venue | undefined;
  /** Ids of the units or organisations that held it. */
  organizerIds: string[];
  /** People and their roles. */
  participants: Participation[];
  /** Groups reached. */
  participantGroups: ParticipantGroupRef[];
  /** Topics addressed. */
  topics: TopicCode[];
  /** Election the event relates to. */
  election?: EventElectionRef | undefined;
  /** Police operation it ran under, e.g. `'Operasi Mantap Brata 2023-2024'`. */
  operation?: string | undefined;
  /** Stated objectives. */
  objectives?: string[] | undefined;
  /** Quoted statements. */
  quotes?: Quote[] | undefined;
  /** Where the facts come from; at least one. */
  sources: Source[];
}
