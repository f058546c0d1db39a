// The validation guide: the issue codes, and what validateEvent really returns for the broken and
// the self-delegating FGD payloads and for the valid one.
import { ISSUE_CODES, type IssueSeverity, validateEvent } from '../../../packages/validators/src/index';
import type { Fragment } from './Fragment';
import { brokenFgd, fgdEvent, selfDelegatingFgd } from './fgdPayloads';
import { fence, json, table } from './markdown';

function issueCodes(): string {
  const entries = Object.entries(ISSUE_CODES);
  const section = (severity: IssueSeverity, title: string) => {
    const rows = entries
      .filter(([, info]) => info.severity === severity)
      .map(([code, info]) => [`<a id="${code}"></a>\`${code}\``, info.description.en, info.description.id]);
    return `## ${title} (${rows.length})\n\n${table(['Code', 'Meaning', 'Arti'], rows).replace(/&lt;a id=&quot;([a-z0-9_-]+)&quot;&gt;&lt;\/a&gt;/g, '<a id="$1"></a>')}`;
  };
  return [
    `${entries.length} codes: ${entries.filter(([, i]) => i.severity === 'error').length} errors and ${entries.filter(([, i]) => i.severity === 'advisory').length} advisories.`,
    '',
    section('error', 'Errors (the payload is rejected)'),
    '',
    section('advisory', 'Advisories (returned with a valid result)'),
  ].join('\n');
}

/** JSON with each issue's `path` on one line, as people read it. */
function issuesJson(value: unknown): string {
  return json(value).replace(/"path": \[([^\]]*)\]/g, (_, inner: string) => {
    const items = inner
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    return `"path": [${items.join(', ')}]`;
  });
}

function brokenPayload(): string {
  const broken = brokenFgd();
  const original = fgdEvent();
  const changes = {
    date: broken.date,
    topics: broken.topics,
    sources: broken.sources,
    organiser: broken.organiser,
  };
  return `${fence('json', json(changes))}\n\n(The fixture had \`date: "${original.date}"\`, \`topics: ${JSON.stringify(original.topics)}\`, one source, and no \`organiser\` key.)`;
}

function brokenOutput(locale: 'en' | 'id'): string {
  const result = validateEvent(brokenFgd(), { locale });
  if (result.ok) throw new Error('validateEvent accepted the broken payload');
  return fence('json', issuesJson(result));
}

function ruleOutput(): string {
  const result = validateEvent(selfDelegatingFgd(), { locale: 'en' });
  if (result.ok) throw new Error('validateEvent accepted a delegation to oneself');
  return fence('json', issuesJson(result));
}

function validOutput(): string {
  const result = validateEvent(fgdEvent(), { locale: 'en' });
  if (!result.ok) throw new Error(`validateEvent rejects the fixture FGD event: ${json(result.issues)}`);
  return fence(
    'ts',
    [
      "const result = validateEvent(dataset.events[0], { locale: 'en' });",
      'result.ok;',
      `//=> ${result.ok}`,
      'result.advisories;',
      `//=> ${JSON.stringify(result.advisories)}`,
    ].join('\n'),
  );
}

/** issue-codes.md and the validate-*.md outputs. */
export function validationFragments(): Fragment[] {
  return [
    ['issue-codes.md', issueCodes],
    ['validate-broken-payload.md', brokenPayload],
    ['validate-output-en.md', () => brokenOutput('en')],
    ['validate-output-id.md', () => brokenOutput('id')],
    ['validate-rule-payload.md', () => fence('json', json({ 'participants[0]': selfDelegatingFgd().participants[0] }))],
    ['validate-rule-output-en.md', ruleOutput],
    ['validate-valid-output.md', validOutput],
  ];
}
