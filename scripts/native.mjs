#!/usr/bin/env node
/**
 * Makes sure better-sqlite3-multiple-ciphers is compiled for the runtime that
 * is about to load it:
 *   node scripts/native.mjs node       plain Node (tests, CLI, preview, bench)
 *   node scripts/native.mjs electron   the Electron binary (npm start)
 * Silent when the module already loads; one clear line when it cannot be fixed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MODULE = 'better-sqlite3-multiple-ciphers';
const PROBE = `const D = require(${JSON.stringify(MODULE)}); new D(':memory:').prepare('select 1').get();`;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function fail(line) {
  console.error(`native: ${line}`);
  process.exit(1);
}

/** Run quietly; show the captured output only when the step fails. */
function run(cmd, args, env = process.env) {
  const res = spawnSync(cmd, args, { cwd: root, env, encoding: 'utf8', stdio: 'pipe', shell: process.platform === 'win32' });
  if (res.status !== 0) process.stderr.write(`${res.stdout ?? ''}${res.stderr ?? ''}`);
  return res.status === 0;
}

function loads(binary, extraEnv = {}) {
  const res = spawnSync(binary, ['-e', PROBE], { cwd: root, env: { ...process.env, ...extraEnv }, stdio: 'ignore' });
  return res.status === 0;
}

/**
 * The Electron executable, found the way node_modules/electron/index.js finds
 * it, but without requiring that file: requiring it starts a download when the
 * binary is missing.
 */
function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const rel = readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist');
  const file = join(base, rel);
  return rel && existsSync(file) ? file : null;
}

function forNode() {
  if (loads(process.execPath)) return;
  console.log(`native: rebuilding ${MODULE} for Node ${process.versions.node}`);
  const env = { ...process.env };
  if (existsSync('/usr/include/node')) env.npm_config_nodedir = '/usr';
  run(npm, ['rebuild', MODULE], env);
  if (!loads(process.execPath)) fail(`${MODULE} does not load in Node ${process.versions.node} even after 'npm rebuild'.`);
}

function forElectron() {
  const electron = electronBinary();
  if (!electron) fail('Electron is not installed on this machine (node_modules/electron has no binary); install it where downloads are possible.');
  if (loads(electron, { ELECTRON_RUN_AS_NODE: '1' })) return;
  console.log(`native: rebuilding ${MODULE} for Electron`);
  if (!run(npx, ['electron-builder', 'install-app-deps'])) fail(`could not rebuild ${MODULE} for Electron.`);
  if (!loads(electron, { ELECTRON_RUN_AS_NODE: '1' })) fail(`${MODULE} does not load in Electron even after install-app-deps.`);
}

const target = process.argv[2];
if (target === 'node') forNode();
else if (target === 'electron') forElectron();
else fail('usage: node scripts/native.mjs node|electron');
