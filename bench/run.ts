/**
 * `npm run bench` (quick, CI size) or `npm run bench -- --full` (the sizes): measures the
 * sync against the sandbox with injected latency, prints a table and writes docs/performance.md.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { mixedCounts, type CrmCounts } from '../tests/helpers/crm-seed';
import { busyFirstPushFigure, clientFloorFigures, memoryFigure, postgresFirstPushFigure, saveFigure, syncFigures, type Figure } from './scenarios';
import { naivePeerFigures, rateLimitedPushFigures, saveToBillyFigure } from './user-scenarios';

const LATENCY_MS = 30;
/** Enough creates for a steady figure; the floor does not depend on the bench size. */
const FLOOR_CREATES = 800;

/** The two limits the adaptive rate is measured against (requests per second per token). */
const RATE_LIMITS = [8, 20];
/** Saves timed until visible in Billy, one every this many ms. */
const VISIBLE_SAVES = 200;
const VISIBLE_SAVE_SPACING_MS = 200;

interface BenchSize {
  name: 'quick' | 'full';
  counts: CrmCounts;
  saves: number;
  memoryRecords: number;
  /** the first push against a rate-limited sandbox (it takes requests ÷ R seconds) */
  rateLimitedCounts: CrmCounts;
  /** the naive peer's push (record by record: about 4 requests × latency per record) */
  peerCounts: CrmCounts;
  /** the synced book the save → visible figure saves in */
  visibleBookCounts: CrmCounts;
}

const SIZES: Record<BenchSize['name'], BenchSize> = {
  quick: { name: 'quick', counts: mixedCounts(1000), saves: 200, memoryRecords: 2000, rateLimitedCounts: mixedCounts(200), peerCounts: mixedCounts(200), visibleBookCounts: mixedCounts(300) },
  full: {
    name: 'full',
    counts: { organizations: 2000, contacts: 3000, products: 1000, invoices: 4000 },
    saves: 1000,
    memoryRecords: 100_000,
    rateLimitedCounts: mixedCounts(2000),
    peerCounts: mixedCounts(1000),
    visibleBookCounts: { organizations: 2000, contacts: 3000, products: 1000, invoices: 4000 },
  },
};

const table = (figures: Figure[]) => {
  const rows = figures.map((f) => [f.figure, f.value, f.target, f.met === null ? '' : f.met ? 'met' : 'MISSED', f.load === undefined ? '' : f.load.toFixed(1)]);
  return [['Figure', 'Measured', 'Target', '', 'Load (1 min)'], ['---', '---:', '---', '---', '---:'], ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
};

/** Everything from this line on in docs/performance.md is written by hand and kept across runs. */
const NOTES_MARKER = '<!-- notes: kept by npm run bench -->';
const SIZE_NAMES: ReadonlyArray<BenchSize['name']> = ['quick', 'full'];
const sectionStart = (name: string) => `<!-- size: ${name} -->`;
const sectionEnd = (name: string) => `<!-- end size: ${name} -->`;

/** The table one size last wrote, so a quick run does not erase the full-size figures (or back). */
const previousSection = (previous: string, name: string): string | null => {
  const start = previous.indexOf(sectionStart(name));
  const end = previous.indexOf(sectionEnd(name));
  return start >= 0 && end > start ? previous.slice(start, end + sectionEnd(name).length) : null;
};

const sizeSection = (size: BenchSize, command: string, figures: Figure[]) =>
  [
    sectionStart(size.name),
    `## ${size.name === 'quick' ? 'Quick' : 'Full'} size: \`${command}\``,
    '',
    `Measured on ${new Date().toISOString().slice(0, 10)}, ${process.platform} ${process.arch}, Node ${process.version}, ${os.cpus().length} cores.`,
    `Records: ${JSON.stringify(size.counts)} (invoices with 3 lines each); ${size.saves} saves each way; ${size.memoryRecords} records for memory.`,
    '',
    table(figures),
    sectionEnd(size.name),
  ].join('\n');

const writeReport = (size: BenchSize, command: string, figures: Figure[]) => {
  const file = path.resolve(__dirname, '..', 'docs', 'performance.md');
  const previous = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const notes = previous.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)) : `${NOTES_MARKER}\n`;
  const sections = SIZE_NAMES.map((name) => (name === size.name ? sizeSection(size, command, figures) : previousSection(previous, name))).filter(
    (section): section is string => section !== null
  );
  const text = [
    '# Performance',
    '',
    `Each figure is a ratio taken side by side in one run: Strapi in-process on a temporary SQLite file (PostgreSQL where a figure says so), the Billy sandbox in its own process on 127.0.0.1 with ${LATENCY_MS} ms latency per request,`,
    `the Billy client at maxConcurrent 4 and a start rate and ceiling of 1000 requests/s (so the rate never binds), except where a figure says "default client settings"`,
    `(start 10, ceiling 40 requests/s, background poll 2 s). CRM data is created through the Document Service. The last column is the machine's 1-minute load average when the figure was taken.`,
    '',
    ...sections.flatMap((section) => [section, '']),
    notes,
  ].join('\n');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};

/** The figures with the load average at the moment they were taken. */
const stamped = (figures: Figure[]) => {
  const load = os.loadavg()[0];
  return figures.map((figure) => ({ ...figure, load }));
};

/** `--only=peer,rate,visible` runs just those scenarios and prints their table without writing the report. */
const SCENARIOS = ['sync', 'busy', 'postgres', 'floor', 'peer', 'rate', 'visible', 'save', 'memory'] as const;
type Scenario = (typeof SCENARIOS)[number];

const chosenScenarios = (): ReadonlySet<Scenario> | null => {
  const only = process.argv.find((arg) => arg.startsWith('--only='));
  if (!only) return null;
  const names = only.slice('--only='.length).split(',');
  const unknown = names.filter((name) => !SCENARIOS.includes(name as Scenario));
  if (unknown.length) throw new Error(`unknown bench scenario ${unknown.join(', ')}: choose from ${SCENARIOS.join(', ')}`);
  return new Set(names as Scenario[]);
};

const main = async () => {
  const size = process.argv.includes('--full') ? SIZES.full : SIZES.quick;
  const command = size.name === 'full' ? 'npm run bench -- --full' : 'npm run bench';
  const only = chosenScenarios();
  const runs = (scenario: Scenario) => !only || only.has(scenario);
  const figures: Figure[] = [];
  if (runs('sync')) {
    console.log(`[bench] ${size.name}: first push, unchanged re-sync and 1 % changed of ${JSON.stringify(size.counts)}`);
    figures.push(...stamped(await syncFigures(size.counts, LATENCY_MS)));
  }
  if (runs('busy')) {
    console.log('[bench] first push again, beside a second CPU-bound process');
    figures.push(...stamped([await busyFirstPushFigure(size.counts, LATENCY_MS)]));
  }
  if (runs('postgres')) {
    console.log('[bench] first push again, Strapi on PostgreSQL');
    figures.push(...stamped([await postgresFirstPushFigure(size.counts, LATENCY_MS)]));
  }
  if (runs('floor')) {
    console.log('[bench] the Billy client alone against the sandbox, for the floor under the first-push ratio');
    figures.push(...stamped(await clientFloorFigures(FLOOR_CREATES, LATENCY_MS)));
  }
  if (runs('peer')) {
    console.log(`[bench] the plugin and a naive peer client pushing ${JSON.stringify(size.peerCounts)}`);
    figures.push(...stamped(await naivePeerFigures(size.peerCounts, LATENCY_MS)));
  }
  if (runs('rate')) {
    for (const limit of RATE_LIMITS) {
      console.log(`[bench] first push of ${JSON.stringify(size.rateLimitedCounts)} against a sandbox limited to ${limit} requests/s`);
      figures.push(...stamped(await rateLimitedPushFigures(size.rateLimitedCounts, limit, LATENCY_MS)));
    }
  }
  if (runs('visible')) {
    console.log(`[bench] save → visible in Billy, ${VISIBLE_SAVES} saves in on-save mode`);
    figures.push(...stamped(await saveToBillyFigure(size.visibleBookCounts, VISIBLE_SAVES, VISIBLE_SAVE_SPACING_MS, LATENCY_MS)));
  }
  if (runs('save')) {
    console.log(`[bench] save time with on-save capture on and off (${size.saves} saves each)`);
    figures.push(...stamped([await saveFigure(size.saves)]));
  }
  if (runs('memory')) {
    // `--memory-records=N` measures the memory figure at another size (its growth per tenfold).
    const asked = process.argv.find((arg) => arg.startsWith('--memory-records='));
    const memoryRecords = asked ? Number(asked.slice('--memory-records='.length)) : size.memoryRecords;
    if (!Number.isInteger(memoryRecords) || memoryRecords < 1) throw new Error(`--memory-records wants a whole number of records, not ${asked}`);
    console.log(`[bench] peak memory syncing ${memoryRecords} records`);
    figures.push(...stamped(await memoryFigure(memoryRecords)));
  }
  if (only) {
    console.log(`\n${table(figures)}\n`);
    return;
  }
  console.log(`\n${table(figures)}\n`);
  console.log(`written to ${writeReport(size, command, figures)}`);
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  }
);
