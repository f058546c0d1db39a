import { once } from 'node:events';
import { main } from './main';

// The bin only wires process streams to `main`; all behaviour lives in `main` so tests can call it.
main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
  flush: async () => {
    if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `kamtibmas: unexpected error: ${error instanceof Error ? error.message : String(error)}\nPlease report it with the command you ran.\n`,
    );
    process.exitCode = 2;
  },
);
