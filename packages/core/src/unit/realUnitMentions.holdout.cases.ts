// Unit mentions copied character for character from real Indonesian news articles (source URL on
// each case), with the reading worked out by hand (province codes: data/generated/regions.ts).
// The HOLDOUT set: nobody tunes the parser on it; it measures. Its articles differ from the DEV set's.
// Third-party text: test data only, not imported by index.ts and not shipped. Scored by
// scripts/score/mentions.ts.
import type { RealUnitMentionCase } from './realUnitMentions.dev.cases';

export const REAL_UNIT_MENTIONS_HOLDOUT: readonly RealUnitMentionCase[] = [];
