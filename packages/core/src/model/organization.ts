import type { OrganizationKind } from '../data/vocabularyCodes';
import type { Area } from './unit';

/**
 * A non-police body that appears in events: a KPU or Bawaslu office, a regional government,
 * Kesbangpol, a kecamatan or desa office, an ormas …
 *
 * @example
 * ```ts
 * const kpu: Organization = {
 *   id: 'kpu-kota-balikpapan',
 *   kind: 'kpu',
 *   name: 'KPU Kota Balikpapan',
 *   area: { level: 'city', name: 'Balikpapan', code: '64.71' },
 * };
 * ```
 * @category Organizations
 */
export interface Organization {
  /** Kebab-case slug, e.g. `'kpu-kota-balikpapan'`. */
  id: string;
  /** What kind of body this is. */
  kind: OrganizationKind;
  /** Name as the body calls itself. */
  name: string;
  /** Area the body serves. */
  area?: Area | undefined;
}
