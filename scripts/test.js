#!/usr/bin/env node
/**
 * `npm test`: builds what the suites load (the plugin's dist/, the playground's compiled config and
 * admin panel), runs every jest project (jest.config.js) on two workers, and ends with its own
 * `N passed, N failed` line computed from jest's JSON results. Extra arguments go to jest
 * (e.g. `npm test -- tests/unit`, `npm test -- --selectProjects integration`).
 * BILLY_TEST_SKIP_BUILD=1 reuses the existing builds (quick local reruns).
 * BILLY_TEST_PLUGIN_BUILT=1 skips only the plugin build (.ci/run has just built and verified it).
 * BILLY_TEST_WORKERS sets the number of jest workers (default 2: one per core on these machines).
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' };
const workers = process.env.BILLY_TEST_WORKERS || '2';

const run = (label, command, args, cwd = root) => {
  console.log(`\n> ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${label} failed (exit ${result.status})`);
    process.exit(result.status || 1);
  }
  console.log(`${label}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
};

if (!process.env.BILLY_TEST_SKIP_BUILD) {
  if (!process.env.BILLY_TEST_PLUGIN_BUILT) run('build the plugin', bin('strapi-plugin'), ['build']);
  run('build the playground (server and admin panel)', bin('strapi'), ['build'], path.join(root, 'playground'));
}

const resultsFile = path.join(root, '.tmp', 'jest-results.json');
fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
fs.rmSync(resultsFile, { force: true });
console.log(`\n> jest (${workers} workers)`);
const started = Date.now();
const jest = spawnSync(bin('jest'), [`--maxWorkers=${workers}`, '--json', `--outputFile=${resultsFile}`, ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });

let passed = 0;
let failed = 0;
if (fs.existsSync(resultsFile)) {
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  // Per directory of tests/: what ran where, and how long its files took together.
  const byDirectory = new Map();
  for (const suite of results.testResults) {
    const directory = path.relative(path.join(root, 'tests'), suite.name).split(path.sep)[0];
    const row = byDirectory.get(directory) ?? { files: 0, passed: 0, failed: 0, seconds: 0 };
    row.files += 1;
    row.passed += suite.assertionResults.filter((test) => test.status === 'passed').length;
    row.failed += suite.assertionResults.filter((test) => test.status === 'failed').length;
    row.seconds += (suite.endTime - suite.startTime) / 1000;
    byDirectory.set(directory, row);
  }
  console.log(`\njest took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  for (const [directory, row] of [...byDirectory].sort()) {
    console.log(`  ${directory.padEnd(12)} ${String(row.files).padStart(3)} files ${String(row.passed).padStart(4)} passed ${String(row.failed).padStart(3)} failed ${row.seconds.toFixed(0).padStart(5)} s`);
  }
  passed = results.numPassedTests;
  // A suite that fails to load has no failed tests of its own; count it as one failure.
  failed = results.numFailedTests + results.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0).length;
} else {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(jest.status === 0 && failed === 0 ? 0 : 1);
