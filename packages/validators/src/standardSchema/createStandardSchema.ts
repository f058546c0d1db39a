import type { Dataset, Event } from '@kamtibmas/core';
import type * as z from 'zod';
import type { LocaleTag } from '../locale/MessageLocale';
import type { DatasetSchema } from '../schemas/DatasetSchema';
import type { EventSchema } from '../schemas/EventSchema';
import type { ValidationResult } from '../validate/ValidateOptions';
import { validateDataset } from '../validate/validateDataset';
import { validateEvent } from '../validate/validateEvent';
import type {
  KamtibmasStandardSchema,
  StandardValidateOptions,
  StandardValidationResult,
} from './KamtibmasStandardSchema';

/**
 * What {@link createStandardSchema} makes for each kind: the input a form or client sends (zod's
 * input type of the schema) and the validated model type.
 *
 * @example
 * ```ts
 * type EventForm = StandardSchemaKinds['event']['input'];
 * ```
 * @category Standard Schema
 */
export interface StandardSchemaKinds {
  /** One event, validated by {@link validateEvent}. */
  event: { input: z.input<typeof EventSchema>; output: Event };
  /** A dataset, validated by {@link validateDataset}. */
  dataset: { input: z.input<typeof DatasetSchema>; output: Dataset };
}

/**
 * Options of {@link createStandardSchema}.
 *
 * @example
 * ```ts
 * const options: StandardSchemaOptions = { locale: 'en-US' };
 * ```
 * @category Standard Schema
 */
export interface StandardSchemaOptions {
  /** Language of the messages, a BCP 47 tag (`'id'` default, `'en-US'` …); see {@link ValidateOptions}. */
  locale?: LocaleTag | undefined;
}

const VALIDATORS = {
  event: validateEvent,
  dataset: validateDataset,
} as const satisfies Record<keyof StandardSchemaKinds, (input: unknown, options?: { locale?: LocaleTag }) => unknown>;

function localeOf(options: StandardValidateOptions | undefined, fallback: LocaleTag | undefined) {
  try {
    const locale = (options?.libraryOptions as { locale?: unknown } | undefined)?.locale;
    return typeof locale === 'string' ? locale : fallback;
  } catch {
    return fallback;
  }
}

function toStandard<T>(result: ValidationResult<T>): StandardValidationResult<T> {
  const note = result.localeFallback === undefined ? {} : { localeFallback: result.localeFallback };
  return result.ok
    ? { value: result.value, advisories: result.advisories, ...note }
    : { issues: result.issues, ...note };
}

/**
 * A [Standard Schema v1](https://standardschema.dev) for events or datasets that runs our
 * validators — unlike the zod schemas' own `~standard`, which checks the shape only and answers in
 * zod's English. Use it with any library that accepts Standard Schema: tRPC `.input(…)`,
 * react-hook-form's `standardSchemaResolver(…)`, Hono's `sValidator('json', …)`. Each issue keeps
 * `path` and `message` (what Standard Schema reads) and carries `code`, `severity` and `params`;
 * a valid value comes with its `advisories`. `validate` never throws and is synchronous.
 *
 * @param kind - `'event'` ({@link validateEvent}) or `'dataset'` ({@link validateDataset}).
 * @param options - `locale` of the messages, a BCP 47 tag (default Indonesian); a call may override
 *   it with `validate(value, { libraryOptions: { locale } })`. From a request, use {@link negotiateLocale}.
 * @returns The Standard Schema object.
 * @throws TypeError when `kind` is neither `'event'` nor `'dataset'` (a programming error, not a data error).
 * @example
 * ```ts
 * const EventInput = createStandardSchema('event', { locale: 'en-US' });
 * const result = EventInput['~standard'].validate({ id: 'x', sources: [] });
 * result.issues?.map((issue) => issue.code)
 * //=> ['required', 'required', 'required', 'required', 'required', 'required', 'required', 'missing_source']
 * result.issues?.[7]?.message
 * //=> 'sources: an event needs at least one source — add the article that reports it.'
 * ```
 * @category Standard Schema
 */
export function createStandardSchema<Kind extends keyof StandardSchemaKinds>(
  kind: Kind,
  options?: StandardSchemaOptions,
): KamtibmasStandardSchema<StandardSchemaKinds[Kind]['input'], StandardSchemaKinds[Kind]['output']> {
  if (kind !== 'event' && kind !== 'dataset') {
    throw new TypeError(`createStandardSchema: unknown kind ${JSON.stringify(kind)} (use 'event' or 'dataset')`);
  }
  const validate = VALIDATORS[kind] as (
    input: unknown,
    options?: { locale?: LocaleTag | undefined },
  ) => ValidationResult<StandardSchemaKinds[Kind]['output']>;
  const locale = options?.locale;
  return {
    '~standard': {
      version: 1,
      vendor: 'kamtibmas',
      validate: (value, callOptions) => toStandard(validate(value, { locale: localeOf(callOptions, locale) })),
    },
  };
}
