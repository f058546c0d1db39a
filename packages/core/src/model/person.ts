import type { PositionCode } from '../data/positionCodes';
import type { RankCode } from '../data/rankCodes';
import type { ActingKind } from '../data/vocabularyCodes';
import type { LocalDate } from './localDate';

/**
 * A position a person holds or held in a unit or organisation.
 *
 * @example
 * ```ts
 * const appointment: Appointment = {
 *   position: 'wadirbinmas',
 *   organizationId: 'ditbinmas-polda-sumsel',
 *   status: 'current',
 *   asOf: '2023-11-24',
 * };
 * ```
 * @category People
 */
export interface Appointment {
  /** A {@link PositionCode}, or the position as written when no code fits. */
  position: PositionCode | (string & {});
  /** Id of the unit or organisation the position belongs to. */
  organizationId: string;
  /** Acting prefix: Pj., Plt., Plh., Ps. */
  acting?: ActingKind | undefined;
  /** `former` for "mantan …"; absent means not stated (usually current). */
  status?: 'current' | 'former' | undefined;
  /** Date at which the source states the appointment. */
  asOf?: LocalDate | undefined;
}

/**
 * What every person in the model has. Use {@link Officer} or {@link Official}.
 *
 * @example
 * ```ts
 * const base: Person = { id: 'imam-tarmudi', name: 'Imam Tarmudi', honorifics: [], titles: [], appointments: [] };
 * ```
 * @category People
 */
export interface Person {
  /** Kebab-case slug of the name, e.g. `'imam-tarmudi'`. */
  id: string;
  /** The name only, as written, without rank, titles or honorifics. */
  name: string;
  /** Honorifics before the name, canonical: `H.`, `Hj.`, `K.H.` … */
  honorifics: string[];
  /** Academic titles in canonical form and written order: `S.I.K.`, `M.M.` … */
  titles: string[];
  /** Positions held. */
  appointments: Appointment[];
}

/**
 * A police officer, with rank.
 *
 * @example
 * ```ts
 * const officer: Officer = {
 *   kind: 'officer',
 *   id: 'sofyan-hidayat',
 *   name: 'Sofyan Hidayat',
 *   rank: 'KOMBES',
 *   honorifics: [],
 *   titles: ['S.I.K.', 'M.M.'],
 *   appointments: [{ position: 'dirbinmas', organizationId: 'ditbinmas-polda-sumsel' }],
 * };
 * ```
 * @category People
 */
export interface Officer extends Person {
  /** Discriminator. */
  kind: 'officer';
  /** Rank at the time of the source. */
  rank: RankCode;
}

/**
 * A civilian official: Pj. Bupati, Camat, Kepala Desa, Ketua KPU …
 *
 * @example
 * ```ts
 * const camat: Official = {
 *   kind: 'official',
 *   id: 'camat-kedurang',
 *   name: 'Ujang',
 *   honorifics: [],
 *   titles: [],
 *   appointments: [{ position: 'camat', organizationId: 'kecamatan-kedurang' }],
 * };
 * ```
 * @category People
 */
export interface Official extends Person {
  /** Discriminator. */
  kind: 'official';
}

/**
 * Any person in a {@link Dataset}: an {@link Officer} or an {@link Official}.
 *
 * @example
 * ```ts
 * const isOfficer = (p: PersonRecord) => p.kind === 'officer';
 * ```
 * @category People
 */
export type PersonRecord = Officer | Official;
