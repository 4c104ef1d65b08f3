#!/usr/bin/env node
/**
 * `npm test`: builds what the suites load (the plugin's dist/, the playground's compiled config and
 * admin panel), runs every jest suite in one process, and ends with its own `N passed, N failed` line
 * computed from jest's JSON results. Extra arguments go to jest (e.g. `npm test -- tests/unit`).
 * BILLY_TEST_SKIP_BUILD=1 reuses the existing builds (quick local reruns).
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' };

const run = (label, command, args, cwd = root) => {
  console.log(`\n> ${label}`);
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${label} failed (exit ${result.status})`);
    process.exit(result.status || 1);
  }
};

if (!process.env.BILLY_TEST_SKIP_BUILD) {
  run('build the plugin', bin('strapi-plugin'), ['build']);
  run('build the playground (server and admin panel)', bin('strapi'), ['build'], path.join(root, 'playground'));
}

const resultsFile = path.join(root, '.tmp', 'jest-results.json');
fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
fs.rmSync(resultsFile, { force: true });
console.log('\n> jest');
const jest = spawnSync(bin('jest'), ['--runInBand', '--json', `--outputFile=${resultsFile}`, ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });

let passed = 0;
let failed = 0;
if (fs.existsSync(resultsFile)) {
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  passed = results.numPassedTests;
  // A suite that fails to load has no failed tests of its own; count it as one failure.
  failed = results.numFailedTests + results.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0).length;
} else {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(jest.status === 0 && failed === 0 ? 0 : 1);
