#!/usr/bin/env node
/**
 * `npm run develop`: builds the plugin, starts the Billy sandbox (state kept in
 * playground/.tmp/sandbox-state.json) and the playground Strapi pointed at it, on SQLite.
 * Ctrl-C stops both. PORT / HOST move the playground; BILLY_SANDBOX_PORT moves the sandbox.
 */
const { spawn, spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const sandboxPort = process.env.BILLY_SANDBOX_PORT || '4010';
const env = {
  ...process.env,
  STRAPI_TELEMETRY_DISABLED: 'true',
  BILLY_SANDBOX_PORT: sandboxPort,
  BILLY_SANDBOX_STATE_FILE: process.env.BILLY_SANDBOX_STATE_FILE || path.join(root, 'playground', '.tmp', 'sandbox-state.json'),
  BILLY_API_URL: process.env.BILLY_API_URL || `http://127.0.0.1:${sandboxPort}/v2`,
};

const build = spawnSync(bin('strapi-plugin'), ['build'], { cwd: root, env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status || 1);

const children = [
  spawn(bin('tsx'), ['sandbox/src/main.ts'], { cwd: root, env, stdio: 'inherit' }),
  spawn(bin('strapi'), ['develop', '--no-watch-admin'], { cwd: path.join(root, 'playground'), env, stdio: 'inherit' }),
];

let stopping = false;
const stopAll = (code) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
};
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
