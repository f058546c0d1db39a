// The library as the playground uses it: the packages' own source, bundled into the page by
// scripts/docs/build-playground.mjs (esbuild, with the "@kamtibmas/source" condition), so what the
// page shows is what this commit of the library does.

export { formatJsonSyntaxError } from '../../../packages/cli/src/json/formatJsonSyntaxError';
// The CLI's streaming JSON reader gives every value's line and column; it is plain TypeScript with
// no Node.js imports, so the browser can run it too.
export { JsonRecordParser } from '../../../packages/cli/src/json/JsonRecordParser';
export { detectRecordKind } from '../../../packages/cli/src/validation/detectRecordKind';
export { locateIssue } from '../../../packages/cli/src/validation/locateIssue';
export {
  EVENT_KINDS,
  getElection,
  getPosition,
  labelOf,
  PARTICIPANT_GROUPS,
  TOPICS,
} from '../../../packages/core/src/index';
export type { ArticleExtraction } from '../../../packages/extract/src/index';
export { extractArticle } from '../../../packages/extract/src/index';
export { validateDataset, validateEvent } from '../../../packages/validators/src/index';
