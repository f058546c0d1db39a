// Runs a script in this process and, when the process exits, writes its peak resident set size
// (process.resourceUsage().maxRSS, kB) to the file named by BENCH_RSS_FILE. Used when
// /usr/bin/time is not available. Usage: node rss-wrapper.mjs <script> [args…]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], path.resolve(script), ...args];
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
await import(pathToFileURL(path.resolve(script)).href);
