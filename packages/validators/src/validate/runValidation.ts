// Private: the pipeline both public validators share — pre-check snapshot, zod's compiled parser on
// the snapshot (compiledSchema.ts; it falls back to zod's runtime parser by itself), cross-field rules on the typed value (or, when the shape is invalid, the event rules on the
// valid parts of each event), messages. Everything runs inside one try/catch so that
// no input can make a validator throw.
import type * as z from 'zod';
import { ISSUE_CODES } from '../issues/ISSUE_CODES';
import type { Issue } from '../issues/Issue';
import type { MessageLocale } from '../locale/MessageLocale';
import { resolveLocale } from '../locale/resolveLocale';
import { compiledSchema } from './compiledSchema';
import { mapZodIssues } from './mapZodIssues';
import type { Path, RawIssue } from './RawIssue';
import { render } from './render';
import { snapshot } from './snapshot';
import type { ValidateOptions, ValidationResult } from './ValidateOptions';

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

/**
 * Rule errors found in the valid parts of an input whose shape is invalid, minus any the shape
 * check already reported at the same place. A failure here must not cost the shape issues, so it
 * is contained: the partial rules then simply add nothing.
 */
function partialRuleIssues(
  partialRules: ((value: unknown) => RawIssue[]) | undefined,
  value: unknown,
  shapeIssues: RawIssue[],
): RawIssue[] {
  if (!partialRules) return [];
  try {
    return partialRules(value).filter(
      (issue) =>
        ISSUE_CODES[issue.code].severity === 'error' &&
        !shapeIssues.some((shape) => startsWith(issue.path, shape.path) || startsWith(shape.path, issue.path)),
    );
  } catch {
    return [];
  }
}

/** The result for the issues found (in reporting order) and, when the shape was valid, the value. */
function finish<T>(locale: MessageLocale, raws: RawIssue[], value?: T): ValidationResult<T> {
  // Nothing to render (the common case of a valid payload): the same result without the passes.
  if (raws.length === 0) return value === undefined ? { ok: false, issues: [] } : { ok: true, value, advisories: [] };
  const issues = raws.map((raw) => render(raw, locale));
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0 || value === undefined) return { ok: false, issues: errors };
  return { ok: true, value, advisories: issues.filter((issue: Issue) => issue.severity === 'advisory') };
}

export function runValidation<T>(
  input: unknown,
  options: ValidateOptions | undefined,
  schema: z.ZodType<T>,
  rules: (value: T) => RawIssue[],
  partialRules?: (value: unknown) => RawIssue[],
): ValidationResult<T> {
  const { locale, fallback } = resolveLocale(options);
  const result = validateIn(locale, input, schema, rules, partialRules);
  // Said on the result, not in every message: the note is about the request, not the payload.
  return fallback === undefined ? result : { ...result, localeFallback: fallback };
}

function validateIn<T>(
  locale: MessageLocale,
  input: unknown,
  schema: z.ZodType<T>,
  rules: (value: T) => RawIssue[],
  partialRules: ((value: unknown) => RawIssue[]) | undefined,
): ValidationResult<T> {
  try {
    const snap = snapshot(input);
    if (snap.aborted) return finish(locale, snap.issues);
    const parsed = compiledSchema(schema).safeParse(snap.value);
    if (!parsed.success || snap.issues.length > 0) {
      // Pre-check issues win: zod's issues inside a value the pre-check replaced are noise.
      const zodIssues = parsed.success ? [] : mapZodIssues(parsed.error.issues, snap.value, schema);
      const kept = zodIssues.filter((issue) => !snap.issues.some((pre) => startsWith(issue.path, pre.path)));
      const shapeIssues = [...snap.issues, ...kept];
      return finish(locale, [...shapeIssues, ...partialRuleIssues(partialRules, snap.value, shapeIssues)]);
    }
    return finish(locale, rules(parsed.data), parsed.data);
  } catch {
    return finish(locale, [{ path: [], code: 'internal_error', params: {} }]);
  }
}
