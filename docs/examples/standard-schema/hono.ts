// Hono: reject a bad body with our issues; answer in the language of the Accept-Language header.

import { sValidator } from '@hono/standard-validator';
import type { Event } from '@kamtibmas/core';
import { createStandardSchema, negotiateLocale } from '@kamtibmas/validators';
import { Hono } from 'hono';

const EventBody = createStandardSchema('event');
export const app = new Hono();

// With the middleware: one language for the route (here Indonesian, the default).
app.post('/events', sValidator('json', EventBody), (c) => {
  const event: Event = c.req.valid('json');
  return c.json({ id: event.id }, 201);
});

// Per request: the locale from the header, passed to validate as a library option.
app.post('/v2/events', async (c) => {
  const locale = negotiateLocale(c.req.header('Accept-Language'));
  const result = EventBody['~standard'].validate(await c.req.json(), { libraryOptions: { locale } });
  if (result.issues) return c.json({ issues: result.issues }, 400);
  return c.json({ id: result.value.id, advisories: result.advisories.length }, 201);
});
