// Private: the pipeline both public validators share — pre-check snapshot, zod on the snapshot,
// cross-field rules on the typed value, messages. Everything runs inside one try/catch so that
// no input can make a validator throw.
import type * as z from 'zod';
import type { Issue } from '../issues/Issue';
import { mapZodIssues } from './mapZodIssues';
import type { Path, RawIssue } from './RawIssue';
import { render } from './render';
import { snapshot } from './snapshot';
import type { ValidateOptions, ValidationResult } from './ValidateOptions';

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

function localeOf(options: unknown): 'id' | 'en' {
  try {
    const locale = typeof options === 'object' && options !== null ? (options as ValidateOptions).locale : undefined;
    return locale === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

export function runValidation<T>(
  input: unknown,
  options: ValidateOptions | undefined,
  schema: z.ZodType<T>,
  rules: (value: T) => RawIssue[],
): ValidationResult<T> {
  const locale = localeOf(options);
  const finish = (raws: RawIssue[], value?: T): ValidationResult<T> => {
    const issues = raws.map((raw) => render(raw, locale));
    const errors = issues.filter((issue) => issue.severity === 'error');
    if (errors.length > 0 || value === undefined) return { ok: false, issues: errors };
    return { ok: true, value, advisories: issues.filter((issue: Issue) => issue.severity === 'advisory') };
  };
  try {
    const snap = snapshot(input);
    if (snap.aborted) return finish(snap.issues);
    const parsed = schema.safeParse(snap.value);
    if (!parsed.success || snap.issues.length > 0) {
      // Pre-check issues win: zod's issues inside a value the pre-check replaced are noise.
      const zodIssues = parsed.success ? [] : mapZodIssues(parsed.error.issues, snap.value);
      const kept = zodIssues.filter((issue) => !snap.issues.some((pre) => startsWith(issue.path, pre.path)));
      return finish([...snap.issues, ...kept]);
    }
    return finish(rules(parsed.data), parsed.data);
  } catch {
    return finish([{ path: [], code: 'internal_error', params: {} }]);
  }
}
