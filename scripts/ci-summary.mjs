#!/usr/bin/env node
// Prints the closing line CI reads, exactly `N passed, N failed`, from Vitest's JSON reports (skipped tests are
// told on the per-suite lines above it, never on the closing line, whose shape CI parses).
//
//   node scripts/ci-summary.mjs [--exit-code N] [name=path ...]
//
// Defaults: unit=.tmp/unit-results.json e2e=.tmp/e2e-results.json. Every listed suite is expected to have run:
// a missing or unreadable report counts as one failure, so a run that executed nothing cannot look green.
// `--exit-code` is the exit status of the test command; if it failed while the reports show no failure
// (a typecheck error, a crash after the reports were written), that counts as one failure too.
// One line per suite goes first, then the summary line, last and alone.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const DEFAULT_SUITES = { unit: '.tmp/unit-results.json', e2e: '.tmp/e2e-results.json' };

/**
 * Counts of one Vitest JSON report. A test file that failed without a failed test (an import error,
 * a failing hook) and an unsuccessful run without any failure (unhandled errors) each add one failure.
 */
export function countReport(report) {
  const files = Array.isArray(report.testResults) ? report.testResults : [];
  const brokenFiles = files.filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  const counts = {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
  if (report.success === false && counts.failed === 0) counts.failed = 1;
  return counts;
}

/** The summary line; `skipped` appears only when non-zero. */
export function formatLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : '');
}

function readReport(path) {
  try {
    return { report: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { problem: error.code === 'ENOENT' ? 'no report (the suite did not run)' : `unreadable report (${error.message})` };
  }
}

function parseArgs(argv) {
  let exitCode = 0;
  const suites = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--exit-code') exitCode = Number(argv[++i]);
    else if (/^[\w-]+=.+/.test(arg)) {
      const at = arg.indexOf('=');
      suites[arg.slice(0, at)] = arg.slice(at + 1);
    } else {
      console.error(`ci-summary: unknown argument ${arg}`);
      process.exit(2);
    }
  }
  return { exitCode: Number.isInteger(exitCode) ? exitCode : 1, suites: Object.keys(suites).length ? suites : DEFAULT_SUITES };
}

function main() {
  const { exitCode, suites } = parseArgs(process.argv.slice(2));
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const [name, path] of Object.entries(suites)) {
    const { report, problem } = readReport(path);
    const counts = report ? countReport(report) : { passed: 0, failed: 1, skipped: 0 };
    console.log(`${name}: ${problem ?? formatLine(counts)} [${path}]`);
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  if (exitCode !== 0 && total.failed === 0) {
    console.log(`the test command exited with ${exitCode} although no test failed: counted as one failure`);
    total.failed = 1;
  }
  if (total.skipped > 0) console.log(`(${total.skipped} skipped, counted neither way)`);
  console.log(`${total.passed} passed, ${total.failed} failed`);
}

// Importable for tests of the counting rules without printing anything.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
