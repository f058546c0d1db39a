// react-hook-form: field errors come from our issues, in Indonesian, keyed by their path
// (errors.sources, errors.participants?.[0]?.onBehalfOf …).

import { standardSchemaResolver } from '@hookform/resolvers/standard-schema';
import type { Event } from '@kamtibmas/core';
import { createStandardSchema } from '@kamtibmas/validators';
import { useForm } from 'react-hook-form';

const EventForm = createStandardSchema('event', { locale: 'id' });

export function useEventForm(save: (event: Event) => Promise<void>) {
  const form = useForm({ resolver: standardSchemaResolver(EventForm) });
  const onSubmit = form.handleSubmit(async (event) => save(event)); // event: Event
  return { form, onSubmit, titleError: form.formState.errors.title?.message };
}
