/**
 * Template files the format table serves (formats/names.ts): `.tmpl` and `.gotmpl` task definitions are
 * found in a directory search and linted; generic wrappers (`.txt`, `.in`) are linted only when named.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BAD, GOOD, MISMATCH, cli, tempDir } from './helpers';

/** Go-templated YAML (helmfile style): host-port-mismatch on the hostPort value, line 9. */
const GOTMPL = `{{- /* rendered by helmfile */ -}}
family: {{ .Values.family }}
networkMode: awsvpc
containerDefinitions:
  - name: web
    image: "{{ .Values.image }}"
    portMappings:
      - containerPort: 8080
        hostPort: 80
`;

describe('ecs-taskdef lint, template files', () => {
  it('finds and lints .tmpl and .gotmpl task definitions in a directory (exit 1, rule id)', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'deploy'));
    writeFileSync(join(dir, 'deploy', 'task.json.tmpl'), BAD);
    writeFileSync(join(dir, 'deploy', 'web.gotmpl'), GOTMPL);
    writeFileSync(join(dir, 'deploy', 'clean.json.gotmpl'), GOOD);
    writeFileSync(join(dir, 'deploy', 'task.json.in'), BAD);
    writeFileSync(join(dir, 'deploy', 'notes.txt'), BAD);
    const r = cli(['lint', 'deploy'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.split('\n').filter((l) => l.includes('[host-port-mismatch]'));
    assert.deepEqual(lines.map((l) => l.split('  ')[0]).sort(), [
      join('deploy', 'task.json.tmpl') + ':10:46',
      join('deploy', 'web.gotmpl') + ':9:19',
    ]);
    assert.ok(lines[0].includes(MISMATCH), lines[0]);
    assert.doesNotMatch(r.stdout, /task\.json\.in|notes\.txt|clean\.json\.gotmpl/);
  });

  it('lints a generic wrapper (.in) as the format inside when it is named', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'task.json.in'), BAD);
    const r = cli(['lint', '--format', 'json', 'task.json.in'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const [file] = JSON.parse(r.stdout);
    assert.deepEqual(
      file.diagnostics.map((d: { code: string; range: { start: { line: number } } }) => [d.code, d.range.start.line]),
      [['host-port-mismatch', 9]],
    );
  });
});
