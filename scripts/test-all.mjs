// Runs every suite (lint, types, unit, build, size, e2e), prints a summary per suite and ends
// with one line "N passed, N failed" over all of them. Exit code 1 if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

// A fresh clone has no dependencies yet: install exactly what the lock file says.
if (!existsSync('node_modules/.package-lock.json')) {
  console.log('No dependencies installed yet: running npm ci');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.log('npm ci failed: install the dependencies, then run npm test again');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

mkdirSync('test-results', { recursive: true });
const results = [];

function run(cmd, args, env = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function step(name, cmd, args) {
  const ok = run(cmd, args);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

function fromJson(name, file, read) {
  if (!existsSync(file)) {
    results.push({ name, passed: 0, failed: 1, note: 'no report' });
    return;
  }
  results.push({ name, ...read(JSON.parse(readFileSync(file, 'utf8'))) });
}

step('lint (eslint)', 'npx', ['eslint', '.']);
step('format (prettier)', 'npx', ['prettier', '--check', '.']);
step('types (tsc)', 'npm', ['run', '--silent', 'typecheck']);

rmSync('test-results/unit.json', { force: true });
run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
fromJson('unit + component (vitest)', 'test-results/unit.json', (j) => ({
  passed: j.numPassedTests,
  failed: j.numFailedTests + (j.numFailedTestSuites ?? 0),
  skipped: j.numPendingTests + j.numTodoTests,
}));

const built = step('build (vite)', 'npx', ['vite', 'build']);
if (built) {
  const r = spawnSync('node', ['scripts/size.mjs'], { encoding: 'utf8' });
  process.stdout.write(r.stdout + r.stderr);
  const m = /size: (\d+) passed, (\d+) failed/.exec(r.stdout);
  results.push({ name: 'size budgets', passed: m ? +m[1] : 0, failed: m ? +m[2] : 1 });

  rmSync('test-results/e2e.json', { force: true });
  run('npx', ['playwright', 'test']);
  fromJson('end-to-end (Playwright, Chromium)', 'test-results/e2e.json', (j) => ({
    passed: j.stats.expected + (j.stats.flaky ?? 0),
    failed: j.stats.unexpected,
    skipped: j.stats.skipped,
  }));
} else {
  results.push({ name: 'size budgets', passed: 0, failed: 1, note: 'no build' });
  results.push({
    name: 'end-to-end (Playwright, Chromium)',
    passed: 0,
    failed: 1,
    note: 'no build',
  });
}

console.log('\nSummary');
let passed = 0;
let failed = 0;
for (const r of results) {
  passed += r.passed;
  failed += r.failed;
  const extra = [r.skipped ? `${r.skipped} skipped` : '', r.note ?? ''].filter(Boolean).join(', ');
  console.log(
    `  ${r.name.padEnd(36)} ${r.passed} passed, ${r.failed} failed${extra ? ` (${extra})` : ''}`,
  );
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
