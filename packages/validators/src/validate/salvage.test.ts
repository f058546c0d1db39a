import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validDataset, validEvent } from '../testing/examples';
import { salvageEvent } from './salvageEvent';
import { validateDataset } from './validateDataset';
import { validateEvent } from './validateEvent';

const codesAt = (issues: { code: string; path: (string | number)[] }[]) =>
  issues.map((issue) => `${issue.code}@${issue.path.join('.')}`);

describe('event rules on an event whose shape is invalid', () => {
  it('report a self-delegation next to an impossible date', () => {
    const event = validEvent();
    event.participants[0]!.onBehalfOf = event.participants[0]!.personId;
    const result = validateEvent({ ...event, date: '2024-02-30' }, { locale: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(codesAt(result.issues)).toEqual(
      expect.arrayContaining(['invalid_date@date', 'self_delegation@participants.0.onBehalfOf']),
    );
  });

  it('report a weekday that contradicts the date next to an unknown key', () => {
    const event = { ...validEvent(), dateText: 'Jumat 5 September 2024', lokasi: 'Kedurang' };
    const result = validateEvent(event, { locale: 'id' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(codesAt(result.issues)).toEqual(expect.arrayContaining(['unknown_key@lokasi', 'weekday_mismatch@dateText']));
  });

  it('stay silent about a field that itself failed its schema', () => {
    const event = validEvent();
    // An invalid participant list is reported once, by the shape check; the rules do not see it.
    const result = validateEvent({
      ...event,
      participants: [{ personId: 'suharno', role: 'boss', onBehalfOf: 'suharno' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.some((issue) => issue.code === 'self_delegation')).toBe(false);
  });

  it('never add advisories to a failed result', () => {
    const result = validateEvent({ ...validEvent(), title: 42, date: '2019-01-01' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.every((issue) => issue.severity === 'error')).toBe(true);
  });
});

describe('event rules inside a dataset whose shape is invalid', () => {
  it('report the event rule at the event path', () => {
    const dataset = validDataset();
    const event = dataset.events[0]!;
    event.participants[0]!.onBehalfOf = event.participants[0]!.personId;
    const broken = { ...dataset, people: [{ ...dataset.people[0], rank: 'KOMBESS' }, ...dataset.people.slice(1)] };
    const result = validateDataset(broken, { locale: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(codesAt(result.issues)).toEqual(
      expect.arrayContaining(['self_delegation@events.0.participants.0.onBehalfOf']),
    );
    expect(result.issues.some((issue) => issue.path[0] === 'people')).toBe(true);
  });
});

describe('salvageEvent', () => {
  it('keeps each field that is valid on its own and empties the required arrays that are not', () => {
    const event = validEvent();
    const partial = salvageEvent({ ...event, date: 'kemarin', sources: [] });
    expect(partial?.date).toBeUndefined();
    expect(partial?.sources).toEqual([]);
    expect(partial?.participants).toEqual(event.participants);
  });

  it('returns undefined for anything but a plain object and never throws', () => {
    expect(salvageEvent(null)).toBeUndefined();
    expect(salvageEvent([validEvent()])).toBeUndefined();
    fc.assert(fc.property(fc.anything(), (value) => void salvageEvent(value)));
  });
});
