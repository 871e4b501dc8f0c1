/**
 * SARIF 2.1.0 for GitHub code scanning: 1-based regions; URIs percent-encoded and relative to %SRCROOT% (the
 * current folder); stable partialFingerprints (rule, file, line text), so an alert survives lines moving;
 * each rule's page as help.markdown; files that could not be checked as tool notifications.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Severity, allRules, ruleDocUrl } from '../service';
import { SYNTAX_ERROR_CODE } from './report';
import type { RunOutput } from './output';
import { ruleDoc } from './rule-docs';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const satisfies Record<Severity, string>;
const SRCROOT = '%SRCROOT%';
const FINGERPRINT = 'ecsTaskdef/v1';

/** An artifactLocation: relative to %SRCROOT% when inside the current folder, else an absolute file URI. */
export function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(abs).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function describeRule(id: string) {
  const rule = allRules.find((x) => x.id === id);
  const markdown = ruleDoc(id);
  const title = rule ? rule.title : id === SYNTAX_ERROR_CODE ? 'The file must parse as JSON or YAML.' : id;
  const why = rule ? rule.why : title;
  return {
    id,
    shortDescription: { text: title },
    fullDescription: { text: why },
    helpUri: ruleDocUrl(id),
    help: markdown ? { text: why, markdown } : { text: why },
    defaultConfiguration: { level: rule ? LEVEL[rule.severity] : 'error' },
  };
}

export function formatSarif(run: RunOutput): string {
  const ruleIds = [...new Set(run.reports.flatMap((r) => r.diagnostics.map((d) => d.code)))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const results = [];
  for (const r of run.reports) {
    const location = artifactLocation(r.file, run.cwd);
    const lines = r.diagnostics.length ? r.text.split(/\r\n|\r|\n/) : [];
    const seen = new Map<string, number>();
    for (const d of r.diagnostics) {
      const hash = createHash('sha256')
        .update(`${d.code}\n${location.uri}\n${(lines[d.range.start.line] ?? '').trim()}`)
        .digest('hex')
        .slice(0, 32);
      const n = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, n);
      results.push({
        ruleId: d.code,
        ruleIndex: ruleIndex.get(d.code),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: {
                startLine: d.range.start.line + 1,
                startColumn: d.range.start.character + 1,
                endLine: d.range.end.line + 1,
                endColumn: d.range.end.character + 1,
              },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT]: `${hash}:${n}` },
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ecs-taskdef',
            version: run.version,
            informationUri: 'https://github.com/ecs-taskdef/ecs-taskdef',
            rules: ruleIds.map(describeRule),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(run.cwd).href.replace(/\/$/, '')}/` } },
        invocations: [
          {
            executionSuccessful: run.errors.length === 0,
            toolExecutionNotifications: run.errors.map((e) => ({
              level: 'error',
              message: { text: e.message },
              ...(e.file !== undefined
                ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(e.file, run.cwd) } }] }
                : {}),
            })),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
