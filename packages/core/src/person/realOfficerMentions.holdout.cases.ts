// Officer mentions copied character for character from real Indonesian news articles (source URL on
// each case), with the reading worked out by hand from the text — never from the parser's output.
// The HOLDOUT set: nobody tunes the parser on it; it measures. Its articles differ from the DEV set's.
// Third-party text: this file is test data only; it is not imported by index.ts and is not shipped
// (packages/core/package.json `files` ships dist only). Scored by scripts/score/mentions.ts.
import type { RealOfficerMentionCase } from './realOfficerMentions.dev.cases';

export const REAL_OFFICER_MENTIONS_HOLDOUT: readonly RealOfficerMentionCase[] = [];
