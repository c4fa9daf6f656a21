// Names the tests that failed, from the JSON reports vitest and Playwright write, so the last
// lines of a long CI log say what broke and not only which step (a CI run once failed with only
// "FAILED unit tests" in the part of its log that was kept).
import { existsSync, readFileSync } from 'node:fs';

const firstLine = (text) => String(text ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim()) ?? '';

/** Failed tests in a vitest JSON report: [{ name, why }]. */
export function vitestFailures(file) {
  if (!existsSync(file)) return [];
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failed = [];
  for (const suite of report.testResults ?? []) {
    const path = String(suite.name ?? '').replace(/^.*?\/tests\//, 'tests/');
    const tests = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of tests) failed.push({ name: `${path} › ${t.fullName}`, why: firstLine(t.failureMessages?.[0]) });
    // A file that fails before any test runs (an import error) has no failed test to name.
    if (!tests.length && suite.status === 'failed') failed.push({ name: path, why: firstLine(suite.message) });
  }
  return failed;
}

/** Failed (or flaky) tests in a Playwright JSON report: [{ name, why }]. */
export function playwrightFailures(file) {
  if (!existsSync(file)) return [];
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failed = [];
  const walk = (suite, trail) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const bad = (test.results ?? []).filter((r) => r.status === 'failed' || r.status === 'timedOut');
        if (!bad.length) continue;
        const passedLater = (test.results ?? []).some((r) => r.status === 'passed');
        failed.push({ name: `${spec.file}:${spec.line} › ${[...trail, spec.title].join(' › ')}${passedLater ? ' (flaky: passed on retry)' : ''}`, why: firstLine(bad[0].error?.message) });
      }
    }
    for (const child of suite.suites ?? []) walk(child, child.title && !child.title.endsWith('.ts') ? [...trail, child.title] : trail);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return failed;
}
