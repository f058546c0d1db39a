// Headless Chromium for the docs checks (browser-check.mjs, playground-check.mjs): found on the
// machine or installed from Debian's packages when we are root, and run once per call with a fresh
// profile and networking, sync, component updates and first-run UI off, so checks run offline and
// leave nothing behind.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export function findChromium() {
  for (const candidate of [process.env.CHROMIUM_BIN, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

export function installChromium() {
  if (process.getuid?.() !== 0) {
    console.error('chromium is missing and this is not root: install it with `apt-get install -y chromium`');
    return undefined;
  }
  console.log('chromium is missing: installing it from the Debian packages (apt-get install -y chromium)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { encoding: 'utf8', env });
  if (install.status !== 0) {
    // A fresh machine may have no package lists yet.
    spawnSync('apt-get', ['update', '-qq'], { encoding: 'utf8', env });
    install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { encoding: 'utf8', env });
  }
  if (install.status !== 0) {
    console.error(`${install.stdout ?? ''}${install.stderr ?? ''}`.slice(-4000));
    return undefined;
  }
  return findChromium();
}

/** Runs headless Chromium once with a fresh profile; returns its stdout. */
export function chromium(binary, args, url) {
  const profile = mkdtempSync(path.join(tmpdir(), 'kamtibmas-chromium-'));
  try {
    const result = spawnSync(
      binary,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--hide-scrollbars',
        `--user-data-dir=${profile}`,
        // TypeDoc hides the page body until its script has run (or 500 ms have passed): let the
        // virtual clock run past that before dumping or capturing.
        '--virtual-time-budget=5000',
        ...args,
        url,
      ],
      { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
    );
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`chromium exited ${result.status}: ${result.stderr.slice(-2000)}`);
    return result.stdout;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The Chromium binary, installing it when it is missing (root only); `undefined` when there is none. */
export function chromiumBinary() {
  const binary = findChromium() ?? installChromium();
  if (binary) {
    const version = spawnSync(binary, ['--version'], { encoding: 'utf8' });
    console.log(`using ${binary} (${(version.stdout ?? '').trim()})`);
  }
  return binary;
}

/**
 * Measures a built page as the browser lays it out. A copy of the page, beside it so its assets
 * resolve, gets a script that waits until TypeDoc shows the body, runs `measureSource` (the body of
 * a function returning a JSON-able value, evaluated in the page) and writes the result into the
 * DOM, which `--dump-dom` returns. Answers the parsed result, or `undefined` when there is none.
 */
export function measurePage(binary, page, measureSource, height) {
  const probe = path.join(path.dirname(page), '.measure.html');
  const script = `<script>
(function measure() {
  if (getComputedStyle(document.body).display === 'none') return void setTimeout(measure, 50);
  const result = (function () { ${measureSource} })();
  const out = document.createElement('pre');
  out.id = 'kamtibmas-measure';
  out.textContent = JSON.stringify(result);
  document.body.append(out);
})();
</script>`;
  writeFileSync(probe, readFileSync(page, 'utf8').replace('</body>', `${script}</body>`));
  try {
    const dom = chromium(binary, [`--window-size=1280,${height}`, '--dump-dom'], pathToFileURL(probe).href);
    const match = /<pre id="kamtibmas-measure">([^<]*)<\/pre>/.exec(dom);
    if (!match?.[1]) return undefined;
    return JSON.parse(
      match[1]
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    );
  } finally {
    rmSync(probe, { force: true });
  }
}
