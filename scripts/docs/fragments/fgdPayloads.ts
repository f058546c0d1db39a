// The payloads the guides validate: the FGD event of article 000 from the fixtures, and two
// payloads made from it that the validators refuse.
import type { Event } from '../../../packages/core/src/index';
import { dataset } from '../../../packages/fixtures/src/index';

/** An event payload with mistakes in it — what an API client may send, not a valid {@link Event}. */
export type BrokenEvent = Omit<Event, 'topics'> & { topics: string[]; organiser: string };

/** A fresh copy of the FGD event of article 000 (the fixtures are frozen). */
export function fgdEvent(): Event {
  const event = dataset.events.find((candidate) => candidate.id === 'fgd-ditbinmas-polda-sumsel-2023-11-24');
  if (!event) throw new Error('the FGD event of article 000 is not in the fixtures dataset yet');
  return structuredClone(event);
}

/** The broken payload of the validation guide: four mistakes an API client really makes. */
export function brokenFgd(): BrokenEvent {
  const event = fgdEvent();
  // Keys already in the event keep their place; `organiser` comes last.
  return {
    ...event,
    date: '2023-11-31',
    topics: [...event.topics, 'hoax'],
    sources: [],
    organiser: 'ditbinmas-polda-sumsel',
  };
}

/** A payload of the right shape that breaks a cross-field rule: the opener acts for himself. */
export function selfDelegatingFgd(): Event {
  const event = fgdEvent();
  const first = event.participants[0];
  if (!first) throw new Error('the FGD event has no participants');
  event.participants[0] = { ...first, onBehalfOf: first.personId };
  return event;
}
