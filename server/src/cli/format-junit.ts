/**
 * JUnit XML for CI test reports: one <testsuite> per file, one <testcase> per rule that found something
 * (every occurrence listed in its <failure>), a passing testcase for a clean file, an <error> for a file
 * that could not be checked.
 */
import type { CliDiagnostic } from './report';
import type { RunOutput } from './output';

/** XML 1.0 text or attribute value: escapes markup and drops characters XML cannot carry. */
export function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function formatJunit(run: RunOutput): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const r of run.reports) {
    if (!r.isTaskDefinition && r.error === undefined) continue;
    const byRule = new Map<string, CliDiagnostic[]>();
    for (const d of r.diagnostics) byRule.set(d.code, [...(byRule.get(d.code) ?? []), d]);
    const cases: string[] = [];
    for (const [rule, ds] of byRule) {
      const worst = ds.some((d) => d.severity === 'error') ? 'error' : ds[0].severity;
      const body = ds
        .map((d) => `${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${d.severity}  ${d.message}`)
        .join('\n');
      cases.push(
        `    <testcase classname="${xml(r.file)}" name="${xml(rule)}">\n      <failure type="${worst}" message="${xml(`${ds.length} problem${ds.length === 1 ? '' : 's'}: ${ds[0].message}`)}">${xml(body)}</failure>\n    </testcase>`,
      );
    }
    let fileErrors = 0;
    if (r.error !== undefined) {
      fileErrors = 1;
      cases.push(`    <testcase classname="${xml(r.file)}" name="ecs-taskdef">\n      <error message="${xml(r.error)}"/>\n    </testcase>`);
    } else if (cases.length === 0) {
      cases.push(`    <testcase classname="${xml(r.file)}" name="ecs-taskdef"/>`);
    }
    tests += cases.length;
    failures += byRule.size;
    errors += fileErrors;
    suites.push(
      `  <testsuite name="${xml(r.file)}" tests="${cases.length}" failures="${byRule.size}" errors="${fileErrors}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  const reported = new Set(run.reports.filter((r) => r.error !== undefined).map((r) => r.file));
  const loose = run.errors.filter((e) => e.file === undefined || !reported.has(e.file));
  if (loose.length) {
    const cases = loose.map(
      (e) =>
        `    <testcase classname="${xml(e.file ?? 'ecs-taskdef')}" name="ecs-taskdef">\n      <error message="${xml(e.message)}"/>\n    </testcase>`,
    );
    tests += cases.length;
    errors += cases.length;
    suites.push(
      `  <testsuite name="ecs-taskdef" tests="${cases.length}" failures="0" errors="${cases.length}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ecs-taskdef" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`;
}
