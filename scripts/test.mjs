// `npm test`: every check the project has, in one run, ending with one plain total line.
//   node scripts/test.mjs            all: types, lint, format, locales, browser tests, node tests, build, e2e
//   node scripts/test.mjs unit       browser unit + component tests only
//   node scripts/test.mjs e2e        build + end-to-end journeys only
//   (also `static` and `node`; any other name is an error, and a run in which no test ran fails)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findChrome } from './find-chrome.mjs';

const SUITES = ['static', 'unit', 'node', 'e2e'];
const only = process.argv[2];
// A typo such as `units` would otherwise select nothing and exit 0.
if (only !== undefined && !SUITES.includes(only)) {
  console.error(`test: unknown suite "${only}"; expected one of ${SUITES.join(', ')}`);
  process.exit(2);
}
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });

function run(name, cmd, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  if (!ok) failedSteps.push(name);
  return ok;
}

/** A gate (type check, lint…) counts as one test, so a broken gate is never "0 failed". */
function gate(name, cmd, args) {
  if (run(name, cmd, args)) totals.passed++;
  else totals.failed++;
}

function listFiles(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(suffix))
    .map((f) => join(dir, f))
    .sort();
}

function browserTests() {
  findChrome(); // installs Debian's chromium if needed, or stops with one line
  const ok = run('browser tests (web-test-runner, headless Chromium)', 'npx', [
    'web-test-runner',
    '--config',
    'web-test-runner.config.mjs',
  ]);
  const f = '.test-results/wtr.json';
  if (existsSync(f)) {
    const c = JSON.parse(readFileSync(f, 'utf8'));
    totals.passed += c.passed;
    totals.failed += c.failed + c.errors;
    totals.skipped += c.skipped;
    if (!ok && c.failed + c.errors === 0) totals.failed++;
  } else if (!ok) totals.failed++;
}

function nodeTests(name, files) {
  if (files.length === 0) return;
  const tap = `.test-results/${name.replace(/\W+/g, '-')}.tap`;
  const ok = run(name, process.execPath, [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const num = (k) => Number(text.match(new RegExp(`^# ${k} (\\d+)`, 'm'))?.[1] ?? 0);
  totals.passed += num('pass');
  totals.failed += num('fail') + num('cancelled');
  totals.skipped += num('skipped') + num('todo');
  if (!ok && num('fail') + num('cancelled') === 0) totals.failed++;
}

function e2e() {
  findChrome();
  if (run('production build', 'npx', ['vite', 'build'])) totals.passed++;
  else {
    totals.failed++;
    return;
  }
  // The first-visit budget and the README's bundle figure are checked on the build just made.
  gate('first-visit bundle budget and README figure', process.execPath, [
    'scripts/bundle-size.mjs',
  ]);
  nodeTests(
    'end-to-end journeys (playwright-core, production build)',
    listFiles('tests/e2e', '.e2e.ts'),
  );
}

if (!only || only === 'static') {
  gate('type check (tsc --noEmit, strict)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  gate('lint (eslint)', 'npx', ['eslint', '.']);
  gate('format (prettier --check)', 'npx', ['prettier', '--check', '.']);
}
if (!only || only === 'unit') browserTests();
if (!only || only === 'node')
  nodeTests('node tests (CLI, benchmarks smoke)', listFiles('tests', '.node.test.ts'));
if (!only || only === 'e2e') e2e();

console.log('');
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join('; ')}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
// Nothing run is not a pass: a filter or a loader that finds no test must not turn CI green.
if (totals.passed + totals.failed === 0) console.log('no test ran: failing the run');
process.exit(failedSteps.length || totals.failed || totals.passed + totals.failed === 0 ? 1 : 0);
