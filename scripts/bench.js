#!/usr/bin/env node
/**
 * `npm run bench [-- --full]`: builds the plugin's dist/ and the playground's server config (what the
 * in-process Strapi loads), then runs bench/run.ts with tsx and an exposed GC (for the idle RSS).
 * BILLY_BENCH_SKIP_BUILD=1 reuses the existing builds.
 */
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' };

const run = (command, args, cwd = root) => {
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status || 1);
};

if (!process.env.BILLY_BENCH_SKIP_BUILD) {
  run(bin('strapi-plugin'), ['build']);
  run(bin('tsc'), ['-p', '.'], path.join(root, 'playground'));
}
run(process.execPath, ['--expose-gc', '--no-experimental-require-module', '--require', 'tsx/cjs', path.join(root, 'bench', 'run.ts'), ...process.argv.slice(2)]);
