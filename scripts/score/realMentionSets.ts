// The real-mention corpus by set, in the order the sets were built: the one list the scorer
// (scripts/score/mentions.ts) and the corpus checks (scripts/test/realMentions.test.ts) read, so a
// new set is registered once.
import {
  REAL_OFFICER_MENTIONS_DEV,
  type RealOfficerMentionCase,
} from '../../packages/core/src/person/realOfficerMentions.dev.cases';
import { REAL_OFFICER_MENTIONS_HOLDOUT } from '../../packages/core/src/person/realOfficerMentions.holdout.cases';
import { REAL_OFFICER_MENTIONS_HOLDOUT2 } from '../../packages/core/src/person/realOfficerMentions.holdout2.cases';
import { REAL_OFFICER_MENTIONS_HOLDOUT3 } from '../../packages/core/src/person/realOfficerMentions.holdout3.cases';
import { REAL_OFFICER_MENTIONS_HOLDOUT4 } from '../../packages/core/src/person/realOfficerMentions.holdout4.cases';
import { REAL_OFFICER_MENTIONS_HOLDOUT5 } from '../../packages/core/src/person/realOfficerMentions.holdout5.cases';
import { REAL_OFFICER_MENTIONS_HOLDOUT6 } from '../../packages/core/src/person/realOfficerMentions.holdout6.cases';
import { REAL_OFFICER_MENTIONS_HOLDOUT7 } from '../../packages/core/src/person/realOfficerMentions.holdout7.cases';
import { REAL_OFFICER_MENTIONS_HOLDOUT8 } from '../../packages/core/src/person/realOfficerMentions.holdout8.cases';
import {
  REAL_UNIT_MENTIONS_DEV,
  type RealUnitMentionCase,
} from '../../packages/core/src/unit/realUnitMentions.dev.cases';
import { REAL_UNIT_MENTIONS_HOLDOUT } from '../../packages/core/src/unit/realUnitMentions.holdout.cases';
import { REAL_UNIT_MENTIONS_HOLDOUT2 } from '../../packages/core/src/unit/realUnitMentions.holdout2.cases';

/** Officer mentions by set. */
export const OFFICER_SETS = {
  dev: REAL_OFFICER_MENTIONS_DEV,
  holdout: REAL_OFFICER_MENTIONS_HOLDOUT,
  holdout2: REAL_OFFICER_MENTIONS_HOLDOUT2,
  holdout3: REAL_OFFICER_MENTIONS_HOLDOUT3,
  holdout4: REAL_OFFICER_MENTIONS_HOLDOUT4,
  holdout5: REAL_OFFICER_MENTIONS_HOLDOUT5,
  holdout6: REAL_OFFICER_MENTIONS_HOLDOUT6,
  holdout7: REAL_OFFICER_MENTIONS_HOLDOUT7,
  holdout8: REAL_OFFICER_MENTIONS_HOLDOUT8,
} as const satisfies Record<string, readonly RealOfficerMentionCase[]>;

/** A set's name, as `--set` takes it. */
export type SetName = keyof typeof OFFICER_SETS;

/** Every set's name, in the order the sets were built. */
export const SET_NAMES = Object.keys(OFFICER_SETS) as SetName[];

/** Unit mentions by set; the sets from HOLDOUT3 on hold officer mentions only. */
export const UNIT_SETS: Partial<Record<SetName, readonly RealUnitMentionCase[]>> = {
  dev: REAL_UNIT_MENTIONS_DEV,
  holdout: REAL_UNIT_MENTIONS_HOLDOUT,
  holdout2: REAL_UNIT_MENTIONS_HOLDOUT2,
};

/** Whether `name` is a set's name. */
export const isSetName = (name: string | undefined): name is SetName =>
  name !== undefined && Object.hasOwn(OFFICER_SETS, name);
