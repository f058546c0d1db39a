// tRPC: the procedure's input runs validateEvent — shape, cross-field rules, bilingual messages.
import type { Event } from '@kamtibmas/core';
import { createStandardSchema } from '@kamtibmas/validators';
import { initTRPC } from '@trpc/server';

const t = initTRPC.create();
const EventInput = createStandardSchema('event', { locale: 'en' });

export const appRouter = t.router({
  recordEvent: t.procedure.input(EventInput).mutation(({ input }) => {
    const event: Event = input; // typed as core's Event
    return { id: event.id, sources: event.sources.length };
  }),
});
export type AppRouter = typeof appRouter;
