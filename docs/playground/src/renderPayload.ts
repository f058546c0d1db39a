// Payload mode: the JSON is read with the CLI's locating reader, each record validated as an event
// or a dataset (detected as the CLI's `--kind auto` does), and every issue shown with its line and
// column, path, stable code and message in the chosen language.
import { h } from './dom';
import type { Locale } from './fragment';
import {
  detectRecordKind,
  formatJsonSyntaxError,
  JsonRecordParser,
  locateIssue,
  validateDataset,
  validateEvent,
} from './packages';

const WORDS = {
  id: {
    empty: 'Tempel sebuah event atau dataset JSON.',
    valid: 'valid',
    invalid: 'tidak valid',
    issues: 'masalah',
    advisories: 'catatan',
    syntax: 'JSON tidak dapat dibaca',
    record: 'rekaman',
  },
  en: {
    empty: 'Paste an event or a dataset as JSON.',
    valid: 'valid',
    invalid: 'invalid',
    issues: 'issues',
    advisories: 'advisories',
    syntax: 'the JSON cannot be read',
    record: 'record',
  },
} as const;

interface ShownIssue {
  line?: number;
  column?: number;
  path: readonly (string | number)[];
  code: string;
  message: string;
}

function issueItem(issue: ShownIssue, severity: 'error' | 'advisory'): HTMLLIElement {
  const where = issue.line === undefined ? '' : `${issue.line}:${issue.column ?? 1}`;
  return h(
    'li',
    { class: `issue severity-${severity}`, 'data-code': issue.code },
    h('span', { class: 'where' }, where),
    ' ',
    h('code', { class: 'path' }, issue.path.length === 0 ? '(root)' : issue.path.join('.')),
    ' ',
    h('code', { class: 'code' }, `[${issue.code}]`),
    ' ',
    h('span', { class: 'message' }, issue.message),
  );
}

/** Validates the JSON text and renders the result into `output`. Never throws on any input. */
export function renderPayload(output: HTMLElement, json: string, locale: Locale): void {
  const words = WORDS[locale];
  output.replaceChildren();
  if (json.trim() === '') {
    output.append(h('p', { class: 'hint' }, words.empty));
    return;
  }
  const parser = new JsonRecordParser({ locate: true });
  const items = [...parser.write(json), ...parser.end()];
  for (const item of items) {
    if (item.type === 'syntax-error') {
      output.append(
        h(
          'section',
          { class: 'record invalid' },
          h('h3', {}, `✗ ${words.syntax}`),
          h(
            'ul',
            { class: 'issues' },
            issueItem(
              { ...item, path: [], code: 'json_syntax', message: formatJsonSyntaxError(item, locale) },
              'error',
            ),
          ),
        ),
      );
      continue;
    }
    const kind = detectRecordKind(item.value);
    const result = kind === 'dataset' ? validateDataset(item.value, { locale }) : validateEvent(item.value, { locale });
    const heading = `${items.length > 1 ? `${words.record} ${item.index + 1} · ` : ''}${kind}: ${result.ok ? `✓ ${words.valid}` : `✗ ${words.invalid}`}`;
    const section = h('section', { class: `record ${result.ok ? 'valid' : 'invalid'}` }, h('h3', {}, heading));
    if (!result.ok) {
      section.append(
        h('p', {}, `${result.issues.length} ${words.issues}`),
        h(
          'ul',
          { class: 'issues' },
          result.issues.map((issue) => issueItem(locateIssue(issue, item.locations), 'error')),
        ),
      );
    } else if (result.advisories.length > 0) {
      section.append(
        h('p', {}, `${result.advisories.length} ${words.advisories}`),
        h(
          'ul',
          { class: 'issues' },
          result.advisories.map((a) => issueItem(locateIssue(a, item.locations), 'advisory')),
        ),
      );
    }
    output.append(section);
  }
}
