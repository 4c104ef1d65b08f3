/**
 * The order jest hands test files to its workers: longest first, so the two workers finish close
 * together instead of one starting the packaging test while the other has nothing left to do.
 * A CI clone has no timing cache, so the rank comes from the directory: packaging (minutes),
 * reliability, e2e, integration (one Strapi boot each), then the rest. Inside a rank jest's own
 * order holds (failed last time first, then by the durations it remembers, then by file size).
 */
const path = require('path');
const Sequencer = require('@jest/test-sequencer').default;

const TESTS_DIR = path.resolve(__dirname, '..', 'tests');
const RANK = { packaging: 0, reliability: 1, e2e: 2, integration: 3 };
const LAST = Object.keys(RANK).length;

const rankOf = (test) => RANK[path.relative(TESTS_DIR, test.path).split(path.sep)[0]] ?? LAST;

class LongestFirstSequencer extends Sequencer {
  sort(tests) {
    const byJest = super.sort(tests);
    const position = new Map(byJest.map((test, index) => [test, index]));
    return [...byJest].sort((a, b) => rankOf(a) - rankOf(b) || position.get(a) - position.get(b));
  }
}

module.exports = LongestFirstSequencer;
