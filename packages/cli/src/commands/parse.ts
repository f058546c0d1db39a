import * as core from '@kamtibmas/core';
import { findDistricts } from '@kamtibmas/core/districts';
import { isOneOf } from '../args/isOneOf';
import { parseCommandArgs } from '../args/parseCommandArgs';
import { usageError } from '../args/usageError';
import type { CliIo } from '../CliIo';

/**
 * Help text of `kamtibmas parse`.
 *
 * @example
 * ```ts
 * PARSE_HELP.startsWith('Usage: kamtibmas parse')
 * //=> true
 * ```
 * @category Commands
 */
export const PARSE_HELP = `Usage: kamtibmas parse officer|unit|date "<text>" [options]

Parse the way Indonesian news writes an officer, a police unit or a date, and print
the result as JSON.

  officer   e.g. "Kapolres Banyuasin AKBP Ruri Prastowo, S.I.K."
  unit      e.g. "Polsek Kedurang Polres Bengkulu Selatan"
  date      e.g. "Jumat (24/11/2023)", "Rabu 31 Januari 2024", "(5/9)"

Options:
  --reference-date YYYY-MM-DD   for 'date': the article's date, to place dates
                                written without a year
  -h, --help                    show this help

Exit codes: 0 parsed, 1 nothing found in the text, 2 usage error.
`;

const KINDS = ['officer', 'unit', 'date'] as const;
type ParseKind = (typeof KINDS)[number];

type Parser = (text: string, referenceDate: string | undefined) => unknown;

function parsers(): Record<ParseKind, Parser | undefined> {
  return {
    officer: (text) => core.parseOfficerMention(text),
    unit: (text) => core.parseUnitMention(text, { findDistricts }),
    date: (text, referenceDate) =>
      core.parseIndonesianDate(
        text,
        referenceDate === undefined ? {} : { referenceDate: referenceDate as core.LocalDate },
      ),
  };
}

const NOT_FOUND: Record<ParseKind, string> = {
  officer:
    "An officer mention needs a rank and a name, e.g. 'AKBP Ruri Prastowo, S.I.K.' or 'Kapolsek Kedurang Iptu Susanto'. Check the rank's spelling and try again.",
  unit: "A unit mention names its kind and place, e.g. 'Polres Banyuasin', 'Polsek Kedurang' or 'Ditbinmas Polda Sumsel'. Check the spelling and try again.",
  date: "Write a day and month, e.g. 'Jumat (24/11/2023)' or 'Rabu 31 Januari 2024'; a date without a year such as '(5/9)' also needs --reference-date YYYY-MM-DD.",
};

/**
 * Runs `kamtibmas parse officer|unit|date "<text>"`: prints the parse as JSON.
 *
 * @param argv - Arguments after `parse`.
 * @param io - Streams.
 * @returns 0 when parsed, 1 when nothing was found, 2 on a usage error.
 * @example
 * ```ts
 * await runParse(['date', 'Rabu 31 Januari 2024'], io)
 * //=> 0 (stdout: { "date": "2024-01-31", "year": 2024, "month": 1, "day": 31, "weekday": 3, "weekdayMatches": true })
 * ```
 * @category Commands
 */
export async function runParse(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    'reference-date': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return usageError(io, 'parse', parsed.message);
  if (parsed.values.help === true) {
    io.stdout(PARSE_HELP);
    return 0;
  }
  const [kind, ...words] = parsed.positionals;
  if (!isOneOf(kind, KINDS)) {
    const got = kind === undefined ? 'nothing' : `'${kind}'`;
    return usageError(io, 'parse', `say what to parse: officer, unit or date (got ${got})`);
  }
  const parseKind: ParseKind = kind;
  // Words are joined so that an unquoted `kamtibmas parse officer AKBP Budi` still works.
  const text = words.join(' ');
  if (text.trim() === '') return usageError(io, 'parse', `give the text to parse, e.g. kamtibmas parse ${kind} "…"`);
  const referenceDate = parsed.values['reference-date'];
  if (typeof referenceDate === 'string') {
    if (parseKind !== 'date') return usageError(io, 'parse', "--reference-date applies to 'parse date' only");
    if (!core.isLocalDate(referenceDate)) {
      return usageError(
        io,
        'parse',
        `--reference-date '${referenceDate}' is not a real date; write YYYY-MM-DD, e.g. 2024-09-05`,
      );
    }
  }
  const parser = parsers()[parseKind];
  if (parser === undefined) {
    io.stderr(
      `kamtibmas parse: parsing ${kind} mentions is unavailable: the installed @kamtibmas/core does not provide it yet. Update @kamtibmas/core and try again.\n`,
    );
    return 2;
  }
  const result = parser(text, typeof referenceDate === 'string' ? referenceDate : undefined);
  if (result === undefined) {
    io.stderr(`kamtibmas parse: no ${kind} found in '${text}'. ${NOT_FOUND[parseKind]}\n`);
    return 1;
  }
  io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}
