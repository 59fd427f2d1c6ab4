// The closing line of `npm test` (`tests: N passed, N failed, N skipped`), counted from the JSON
// reports of vitest and Playwright. A file that never ran its tests is a failure, never silence.

/**
 * vitest: a file whose `beforeAll` failed, or that failed to load, reports no failed test, only a
 * failed file: it counts as one failure, so the line can never say "0 failed" over it.
 */
export const fromVitest = (report) => ({
  passed: report.numPassedTests ?? 0,
  failed:
    (report.numFailedTests ?? 0) +
    (report.testResults ?? []).filter(
      (file) => file.status === "failed" && !(file.assertionResults ?? []).some((test) => test.status === "failed")
    ).length,
  skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
})

/**
 * Playwright: a spec file that fails to load stops the run before any test and shows only in the
 * report's `errors` (with its location, then "No tests found"): each such file counts as one
 * failure; errors of no file (a test.only under forbidOnly, a failing global setup) count as one.
 */
export const fromPlaywright = (report) => {
  const errors = report.errors ?? []
  const files = new Set(errors.filter((error) => error.location?.file).map((error) => error.location.file))
  return {
    passed: (report.stats?.expected ?? 0) + (report.stats?.flaky ?? 0),
    failed: (report.stats?.unexpected ?? 0) + (files.size || (errors.length ? 1 : 0)),
    skipped: report.stats?.skipped ?? 0,
  }
}

export const closingLine = ({ passed, failed, skipped }) =>
  `tests: ${passed} passed, ${failed} failed, ${skipped} skipped`
