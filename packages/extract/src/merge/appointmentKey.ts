import type { Appointment } from '@kamtibmas/core';

/**
 * One string per distinct appointment (position, organisation, acting, status, date), so the same
 * appointment read from two articles is kept once.
 *
 * @param appointment - The appointment.
 * @returns Its key.
 * @internal
 */
export function appointmentKey(appointment: Appointment): string {
  const { position, organizationId, acting, status, asOf } = appointment;
  return [position, organizationId, acting ?? '', status ?? '', asOf ?? ''].join('\u0000');
}
