import type { PersonRecord } from '@kamtibmas/core';
import { appointmentKey } from './appointmentKey';
import { nameTokens } from './nameTokens';

/**
 * `a` with what `b` adds: `b`'s name when it has more words ("Imam" → "Imam Tarmudi"), the
 * honorifics, titles and appointments `a` lacks (each appointment once, with its `asOf`). `a`'s id,
 * kind and rank win.
 *
 * @param a - The record kept.
 * @param b - The record merged into it.
 * @returns A new record.
 * @internal
 */
export function mergePerson<T extends PersonRecord>(a: T, b: PersonRecord): T {
  const seen = new Set(a.appointments.map(appointmentKey));
  const appointments = [...a.appointments];
  for (const appointment of b.appointments) {
    const key = appointmentKey(appointment);
    if (!seen.has(key)) {
      seen.add(key);
      appointments.push(appointment);
    }
  }
  return {
    ...a,
    name: nameTokens(b.name).length > nameTokens(a.name).length ? b.name : a.name,
    honorifics: [...new Set([...a.honorifics, ...b.honorifics])],
    titles: [...new Set([...a.titles, ...b.titles])],
    appointments,
  };
}
