import type { Event } from './event';
import type { Organization } from './organization';
import type { PersonRecord } from './person';
import type { Unit } from './unit';

/**
 * The unit of exchange: units, organisations, people and the events that link them by id.
 *
 * @example
 * ```ts
 * const empty: Dataset = { units: [], organizations: [], people: [], events: [] };
 * ```
 * @category Dataset
 */
export interface Dataset {
  /** Police units. */
  units: Unit[];
  /** Non-police bodies. */
  organizations: Organization[];
  /** Officers and officials. */
  people: PersonRecord[];
  /** Events. */
  events: Event[];
}
