/**
 * The facade (getLanguageService): it owns `enable` (off: every method gives the empty answer, so no host
 * checks it) and the rule settings (severity overrides, `off`, invalid entries dropped).
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CodeAction, Position } from 'vscode-languageserver-types';
import { TWO_HOST_PORT_MISMATCHES } from './helpers/task-json';
import { type AnalyzedDocument, FIX_ALL_KIND, type LanguageService, getLanguageService } from '../../server/src/service';

/** awsvpc task with hostPort ≠ containerPort (host-port-mismatch, fixable) and a second one for fix all. */
const BAD = TWO_HOST_PORT_MISMATCHES;
const URI = 'file:///w/task.json';
const MISMATCH = 'hostPort 80 differs from containerPort 8080 in awsvpc mode';

/** The position of the first `needle` in BAD, plus `delta` characters. */
function at(doc: AnalyzedDocument, needle: string, delta = 0): Position {
  const i = doc.text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return doc.positions.positionAt(i + delta);
}

/** Everything a host asks the service about BAD. */
function everything(service: LanguageService) {
  const doc = service.analyze(BAD, { uri: URI, version: 1 });
  const problems = service.validate(doc);
  // The diagnostics an editor still shows from before the setting changed: the enabled service's.
  const on = getLanguageService({});
  const onDoc = on.analyze(BAD, { uri: URI, version: 1 });
  const shown = on.diagnostics(onDoc);
  const lazyFixAll: CodeAction = { title: 'Fix all', data: { fixAll: { uri: URI, version: 1 } } };
  return {
    problems,
    diagnostics: service.diagnostics(doc),
    hover: service.hover(doc, at(doc, '"hostPort"', 2), problems),
    completion: service.complete(doc, at(doc, '"image"', 1)),
    actions: service.codeActions(doc, problems, { range: shown[0].range, diagnostics: shown, canResolve: true }),
    saveActions: service.codeActions(doc, problems, { range: shown[0].range, diagnostics: [], only: [FIX_ALL_KIND] }),
    resolved: service.resolveCodeAction(doc, lazyFixAll),
    fixed: service.fixAll(BAD, { uri: URI }),
    portMap: service.portMap(doc),
    status: service.status(doc),
  };
}

describe('getLanguageService', () => {
  it('enabled: every method answers for a task definition', () => {
    const r = everything(getLanguageService({ enable: true }));
    assert.deepEqual(
      r.problems.map((p) => p.ruleId),
      ['host-port-mismatch', 'host-port-mismatch'],
    );
    assert.ok(r.diagnostics[0].message.startsWith(MISMATCH), r.diagnostics[0].message);
    assert.deepEqual(
      r.diagnostics.map((d) => d.severity),
      [1, 1],
    );
    assert.match((r.hover?.contents as { value: string }).value, /awsvpc/);
    assert.ok((r.completion?.items.length ?? 0) > 0, 'completion items');
    assert.deepEqual(
      r.actions.map((a) => a.title),
      [
        'Remove hostPort',
        'Set hostPort to 8080 (the containerPort)',
        'Remove hostPort',
        'Set hostPort to 9090 (the containerPort)',
        'Fix all auto-fixable ECS task definition problems (2)',
      ],
    );
    assert.equal(r.saveActions.length, 1);
    assert.ok(r.resolved.edit, 'fix all resolved with an edit');
    assert.equal(r.fixed.applied, 2);
    assert.ok(!r.fixed.text.includes('hostPort'), r.fixed.text);
    assert.match(r.portMap ?? '', /\*\*Port map: web\*\* \(awsvpc\)/);
    assert.deepEqual(
      { isTaskDefinition: r.status.isTaskDefinition, enabled: r.status.enabled, networkMode: r.status.networkMode },
      { isTaskDefinition: true, enabled: true, networkMode: 'awsvpc' },
    );
  });

  it('enable false: every method gives the empty answer; the status says checks are off', () => {
    const service = getLanguageService({ enable: false, rules: { 'host-port-mismatch': 'error' } });
    assert.equal(service.config.enable, false);
    const r = everything(service);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.diagnostics, []);
    assert.equal(r.hover, undefined);
    assert.equal(r.completion, undefined);
    assert.deepEqual(r.actions, []);
    assert.deepEqual(r.saveActions, []);
    assert.equal(r.resolved.edit, undefined, 'fix all is not resolved');
    assert.deepEqual(r.fixed, { text: BAD, applied: 0 });
    assert.equal(r.portMap, undefined);
    assert.deepEqual(
      { isTaskDefinition: r.status.isTaskDefinition, enabled: r.status.enabled },
      { isTaskDefinition: true, enabled: false },
    );
  });

  it('a file that is not a task definition gets nothing, enabled or not', () => {
    const service = getLanguageService();
    const text = '{ "name": "x", "version": "1.0.0", "scripts": { "hostPort": 80 } }';
    const doc = service.analyze(text, { uri: 'file:///w/package.json' });
    const position = doc.positions.positionAt(text.indexOf('hostPort'));
    assert.deepEqual(service.validate(doc), []);
    assert.deepEqual(service.diagnostics(doc), []);
    assert.equal(service.hover(doc, position), undefined);
    assert.equal(service.complete(doc, position), undefined);
    assert.equal(service.portMap(doc), 'No task definition in this file (and none found next to it for a service).');
    assert.deepEqual(service.fixAll(text, { uri: 'file:///w/package.json' }), { text, applied: 0 });
    assert.equal(service.status(doc).isTaskDefinition, false);
    assert.equal(service.status(undefined).enabled, true);
  });

  it('rule settings: a severity override, off, and invalid entries dropped', () => {
    const severities = (settings: unknown) => {
      const service = getLanguageService(settings);
      return service.diagnostics(service.analyze(BAD, { uri: URI })).map((d) => `${d.code}:${d.severity}`);
    };
    assert.deepEqual(severities({ rules: { 'host-port-mismatch': 'warning' } }), ['host-port-mismatch:2', 'host-port-mismatch:2']);
    assert.deepEqual(severities({ rules: { 'host-port-mismatch': 'hint' } }), ['host-port-mismatch:4', 'host-port-mismatch:4']);
    assert.deepEqual(severities({ rules: { 'host-port-mismatch': 'off' } }), []);
    assert.deepEqual(severities({ rules: { 'host-port-mismatch': 'default' } }), ['host-port-mismatch:1', 'host-port-mismatch:1']);
    assert.deepEqual(severities({ rules: { 'host-port-mismatch': 'loud' } }), ['host-port-mismatch:1', 'host-port-mismatch:1']);
    assert.deepEqual(getLanguageService({ enable: 'no', rules: { 'host-port-mismatch': 7, x: 'off' } }).config, {
      enable: true,
      rules: { x: 'off' },
    });
  });

  it('rules off are not fixed by fix all', () => {
    const service = getLanguageService({ rules: { 'host-port-mismatch': 'off' } });
    assert.deepEqual(service.fixAll(BAD, { uri: URI }), { text: BAD, applied: 0 });
  });
});
