// Small process helpers shared by the repository scripts (check.mjs, check-packages.mjs).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..', '..');

/** The pinned pnpm version, read from package.json so there is one place to change it. */
export const pnpmVersion = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).packageManager.split(
  '@',
)[1];

/**
 * How to call pnpm from a script: the running pnpm when a pnpm script started us (it sets
 * npm_execpath), otherwise the pinned version through npx (corepack fails on our machines).
 */
export function pnpm(...args) {
  const execpath = process.env.npm_execpath ?? '';
  if (/pnpm/.test(path.basename(execpath)) && execpath.endsWith('.cjs')) return [process.execPath, execpath, ...args];
  return ['npx', '-y', `pnpm@${pnpmVersion}`, ...args];
}

/** Runs a command, streaming its output; returns the exit status (never throws). */
export function run(command, { cwd = root, env = {}, quiet = false } = {}) {
  const [bin, ...args] = command;
  if (!quiet) console.log(`$ ${command.join(' ')}`);
  const result = spawnSync(bin, args, {
    cwd,
    stdio: quiet ? 'pipe' : 'inherit',
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.error) {
    console.error(`could not start ${bin}: ${result.error.message}`);
    return { status: 127, stdout: '', stderr: String(result.error.message) };
  }
  return { status: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** Path of a binary installed in the root node_modules. */
export function bin(name) {
  return path.join(root, 'node_modules', '.bin', name);
}
