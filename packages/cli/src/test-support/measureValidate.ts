// Child process of validate.memory.test.ts: runs `kamtibmas validate` (from source) on the files
// given and prints one JSON line: exit code, resident memory before the run and its peak (kB).
import { main } from '../main';

const before = Math.round(process.memoryUsage().rss / 1024);
let written = 0;
const status = await main(['validate', ...process.argv.slice(2)], {
  stdout: (text) => {
    written += text.length;
  },
  stderr: (text) => process.stderr.write(text),
});
console.log(JSON.stringify({ status, written, beforeKb: before, maxRssKb: process.resourceUsage().maxRSS }));
