import { ELECTIONS, type ElectionPhase, getElection, isLocalDate, phaseAt, phasesAt } from '@kamtibmas/core';
import { isOneOf } from '../args/isOneOf';
import { parseCommandArgs } from '../args/parseCommandArgs';
import { usageError } from '../args/usageError';
import type { CliIo } from '../CliIo';
import { CLI_LOCALES, type CliLocale } from '../messages/CliLocale';

/**
 * Help text of `kamtibmas phase`.
 *
 * @example
 * ```ts
 * PHASE_HELP.startsWith('Usage: kamtibmas phase')
 * //=> true
 * ```
 * @category Commands
 */
export const PHASE_HELP = `Usage: kamtibmas phase <YYYY-MM-DD> [options]

Show the election stage(s) in progress on a date, from the official KPU schedules:
for each election, the most specific stage first, then the other stages in progress.

Options:
  --election <id>      only this election (${ELECTIONS.map((election) => election.id).join(', ')})
  --format text|json   output format (default: text)
  --locale id|en       language of stage names in text output (default: id)
  -h, --help           show this help

Exit codes: 0 found, 1 no stage on that date, 2 invalid date, unknown election or usage error.

Example:
  kamtibmas phase 2024-02-14 --election pemilu-2024
`;

/**
 * Runs `kamtibmas phase <YYYY-MM-DD>`: prints the election stages on that date.
 *
 * @param argv - Arguments after `phase`.
 * @param io - Streams.
 * @returns 0 when a stage was found, 1 when none, 2 for an invalid date, unknown election or usage error.
 * @example
 * ```ts
 * await runPhase(['2024-02-14', '--election', 'pemilu-2024', '--format', 'json'], io)
 * //=> 0 (stdout: {"date":"2024-02-14","elections":[{"electionId":"pemilu-2024","stage":{…},"stages":[…]}]})
 * ```
 * @category Commands
 */
export async function runPhase(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    election: { type: 'string' },
    format: { type: 'string', default: 'text' },
    locale: { type: 'string', default: 'id' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return usageError(io, 'phase', parsed.message);
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(PHASE_HELP);
    return 0;
  }
  const { election, format, locale } = values;
  if (!isOneOf(format, ['text', 'json'] as const)) {
    return usageError(io, 'phase', `unknown --format '${format}' (use text or json)`);
  }
  if (!isOneOf(locale, CLI_LOCALES)) return usageError(io, 'phase', `unknown --locale '${locale}' (use id or en)`);
  const [date, ...extra] = positionals;
  if (date === undefined) return usageError(io, 'phase', 'give a date as YYYY-MM-DD, e.g. 2024-02-14');
  if (extra.length > 0) return usageError(io, 'phase', `give one date only (got ${positionals.length})`);
  if (!isLocalDate(date)) {
    return usageError(io, 'phase', `'${date}' is not a real date; write YYYY-MM-DD, e.g. 2024-02-14`);
  }
  const ids = ELECTIONS.map((known) => known.id);
  if (typeof election === 'string' && getElection(election) === undefined) {
    io.stderr(`kamtibmas phase: unknown election '${election}'. Known elections: ${ids.join(', ')}.\n`);
    return 2;
  }
  const electionIds = typeof election === 'string' ? [election] : ids;
  const all = phasesAt(date);
  const found = electionIds
    .map((electionId) => ({
      electionId,
      stage: phaseAt(electionId, date),
      stages: all.filter((phase) => phase.electionId === electionId),
    }))
    .filter((entry) => entry.stage !== undefined);

  if (format === 'json') {
    io.stdout(`${JSON.stringify({ date, elections: found }, null, 2)}\n`);
    return found.length > 0 ? 0 : 1;
  }
  if (found.length === 0) {
    const scope = typeof election === 'string' ? `of ${election} ` : '';
    io.stderr(
      `kamtibmas phase: no election stage ${scope}on ${date}. Known elections: ${ids.join(', ')} — check the date or pick another --election.\n`,
    );
    return 1;
  }
  const describe = (phase: ElectionPhase) =>
    `${phase.name[locale as CliLocale]} (${phase.start} … ${phase.end}) [${phase.id}]`;
  for (const entry of found) {
    io.stdout(`${entry.electionId}: ${describe(entry.stage!)}\n`);
    for (const phase of entry.stages) {
      if (phase.id !== entry.stage!.id) io.stdout(`  also: ${describe(phase)}\n`);
    }
  }
  return 0;
}
