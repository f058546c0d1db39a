// Private builders shared by the schemas: free text and optional free text, both bounded by
// MAX_STRING_LENGTH so the JSON Schema carries the same maxLength as the pre-check.
import * as z from 'zod';
import { MAX_STRING_LENGTH } from '../limits';

/** Non-empty free text of at most {@link MAX_STRING_LENGTH} characters. */
export function text(description: string) {
  return z.string().min(1).max(MAX_STRING_LENGTH).describe(description);
}
