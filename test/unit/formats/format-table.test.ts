/**
 * One format table (server/src/service/formats): the names it gives each format, and every list that
 * must agree with it: package.json's activationEvents, the extension client's document selector and the
 * CLI's directory search. Also: nothing in the core registers itself through a side-effect import, and
 * the core's compiled modules require each other without a cycle.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import Module from 'node:module';
import { minimatch } from 'minimatch';
import { expandPaths } from '../../../server/src/cli/files';
import { FORMATS } from '../../../server/src/service/formats';
import {
  ACTIVATION_EVENTS,
  CANDIDATE_EXTENSIONS,
  FORMAT_NAMES,
  LANGUAGE_IDS,
  TEMPLATE_EXTENSIONS,
  formatOfName,
} from '../../../server/src/service/formats/names';
import { formatOf } from '../../../server/src/service/formats/read';
import { analyzeDocument, applyFix, doComplete } from '../../../server/src/service';
import type { Fix } from '../../../server/src/service/rules/types';

const ROOT = join(__dirname, '..', '..', '..', '..');
const OUT = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const served = TEMPLATE_EXTENSIONS.filter((t) => t.served).map((t) => t.extension);
const generic = TEMPLATE_EXTENSIONS.filter((t) => !t.served).map((t) => t.extension);
const TASK =
  '{ "networkMode": "awsvpc", "containerDefinitions": [{ "name": "web", "image": "nginx", "portMappings": [{ "containerPort": 8080, "hostPort": 80 }] }] }\n';

describe('the format table', () => {
  it('names each format once, with its reader, editor and completion front end', () => {
    assert.deepEqual(
      FORMAT_NAMES.map((f) => f.id),
      ['json', 'yaml', 'terraform'],
    );
    for (const f of FORMAT_NAMES) {
      const row = FORMATS[f.id];
      assert.equal(row.id, f.id);
      assert.deepEqual(row.extensions, f.extensions);
      for (const key of ['parse', 'edit', 'complete'] as const) assert.equal(typeof row[key], 'function', `${f.id}.${key}`);
    }
    const all = FORMAT_NAMES.flatMap((f) => [...f.languageIds, ...f.extensions.map((e) => `.${e}`)]);
    assert.equal(new Set(all).size, all.length, 'a language id or extension belongs to one format');
    assert.ok(TEMPLATE_EXTENSIONS.every((t) => !FORMAT_NAMES.some((f) => f.extensions.includes(t.extension))));
  });

  it('reads the format from the name, inside template extensions, and lets the language id win', () => {
    assert.deepEqual(formatOfName('file:///a/task.json.gotmpl'), { format: 'json', templated: true });
    assert.deepEqual(formatOfName('file:///a/stack.YML.tmpl.j2?x=1'), { format: 'yaml', templated: true });
    assert.deepEqual(formatOfName('file:///a/task.json.in'), { format: 'json', templated: true });
    assert.deepEqual(formatOfName('file:///a/main.tf'), { format: 'terraform', templated: false });
    assert.deepEqual(formatOfName('file:///a/main.tf.tpl'), { format: undefined, templated: true }, 'HCL is never wrapped in a template');
    assert.deepEqual(formatOfName('file:///a.json/task'), { format: undefined, templated: false });
    assert.equal(formatOf(undefined, 'file:///a/task.gotmpl', 'containerDefinitions:\n  - name: web\n'), 'yaml');
    assert.equal(formatOf(undefined, 'file:///a/task.tmpl', '{{/* c */}}\n[{"name": "a"}]'), 'json');
    assert.equal(formatOf('helm', 'file:///a/task.json'), 'yaml');
    assert.equal(formatOf('hcl', 'file:///a/task.json'), 'terraform');
  });

  it('each row edits and completes its own format', () => {
    const yaml =
      'networkMode: awsvpc\ncontainerDefinitions:\n  - name: web\n    image: nginx\n    portMappings:\n      - containerPort: 8080\n        hostPort: 80 # keep\n';
    const doc = analyzeDocument(yaml, { uri: 'file:///a/task.yaml.gotmpl' });
    assert.equal(doc.format, 'yaml');
    assert.equal(doc.tasks.length, 1);
    const removeHostPort: Fix = { title: 't', edits: [{ op: 'remove', path: ['containerDefinitions', 0, 'portMappings', 0, 'hostPort'] }] };
    assert.equal(applyFix(yaml, 'yaml', removeHostPort), yaml.replace('\n        hostPort: 80 # keep', ''));
    assert.equal(applyFix(TASK, 'json', removeHostPort), TASK.replace(', "hostPort": 80', ''));
    const labels = doComplete(
      analyzeDocument(yaml.replace('image: nginx', 'image: nginx\n    '), { uri: 'file:///a/t.yaml' }),
      yaml.indexOf('image: nginx') + 'image: nginx\n    '.length,
    ).items.map((i) => i.label);
    assert.ok(labels.includes('essential'), labels.join(', '));
  });
});

describe('lists that must agree with the table', () => {
  it("package.json's activationEvents are the table's language ids and plain text", () => {
    assert.deepEqual([...pkg.activationEvents].sort(), [...ACTIVATION_EVENTS].sort());
  });

  it('the CLI searches directories for exactly the candidate files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecs-taskdef-formats-'));
    try {
      const names = [
        ...CANDIDATE_EXTENSIONS.map((e) => `task.${e}`),
        ...served.map((e) => `task.json.${e.toUpperCase()}`),
        ...generic.map((e) => `task.json.${e}`),
        'README.md',
        'Dockerfile',
        'task.json5',
        'json',
      ];
      for (const n of names) writeFileSync(join(dir, n), TASK);
      const found = expandPaths([dir], { cwd: dir, ignorePatterns: [] })
        .targets.map((t) => relative(dir, t.path))
        .sort();
      const expected = names.filter((n) => CANDIDATE_EXTENSIONS.includes(/\.([^.]+)$/.exec(n)?.[1].toLowerCase() ?? '')).sort();
      assert.deepEqual(found, expected);
      for (const e of ['tmpl', 'gotmpl', 'tf', 'yml', 'jsonc']) assert.ok(found.includes(`task.${e}`), e);
      for (const e of generic) assert.ok(!found.includes(`task.json.${e}`), e);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the extension client's document selector serves the table's languages and candidate files (.tmpl, .gotmpl)", async () => {
    const client = await runClient([
      { languageId: 'plaintext', path: '/w/notes.txt' },
      { languageId: 'plaintext', path: '/w/task.json.in' },
      { languageId: 'plaintext', path: '/w/task.gotmpl' },
    ]);
    assert.deepEqual(client.startedBy, '/w/task.gotmpl', 'the first candidate document with a task definition starts the server');
    const selector = client.options.documentSelector as { language?: string; pattern?: string }[];
    const serves = (languageId: string, path: string) =>
      selector.some((s) => (s.language !== undefined ? s.language === languageId : minimatch(path, s.pattern!, { nocase: true })));
    for (const id of LANGUAGE_IDS) assert.ok(serves(id, '/w/untitled'), id);
    for (const e of CANDIDATE_EXTENSIONS) assert.ok(serves('plaintext', `/w/deploy/task.${e}`), e);
    for (const e of ['tmpl', 'gotmpl']) assert.ok(serves('go-template', `/w/task.json.${e}`), e);
    for (const e of generic) assert.ok(!serves('plaintext', `/w/task.json.${e}`), e);
    assert.ok(!serves('markdown', '/w/README.md'));
    assert.ok(!serves('plaintext', '/w/task.json5'));
    assert.deepEqual(client.statusLanguages, [...LANGUAGE_IDS]);
  });
});

describe('the core registers nothing', () => {
  const core = join(ROOT, 'server', 'src', 'service');
  const files = (dir: string, ext: string): string[] =>
    readdirSync(dir).flatMap((n) =>
      statSync(join(dir, n)).isDirectory() ? files(join(dir, n), ext) : n.endsWith(ext) ? [join(dir, n)] : [],
    );

  it('the names module imports nothing (the extension client bundles it)', () => {
    const names = readFileSync(join(core, 'formats', 'names.ts'), 'utf8');
    assert.doesNotMatch(names, /^\s*(?:import|export\s[^;]*\sfrom)\s|\brequire\(/m);
  });

  it('no module under server/src/service is imported for its side effects only', () => {
    const offenders = files(core, '.ts').flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => `${relative(ROOT, f)}: ${m[1]}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('the compiled core modules require each other without a cycle', () => {
    const compiled = join(OUT, 'server', 'src', 'service');
    const graph = new Map<string, string[]>();
    for (const f of files(compiled, '.js')) {
      const deps = [...readFileSync(f, 'utf8').matchAll(/require\("(\.[^"]+)"\)/g)].map((m) => {
        const target = resolve(dirname(f), m[1]);
        return existsSync(`${target}.js`) ? `${target}.js` : join(target, 'index.js');
      });
      graph.set(f, deps);
    }
    assert.ok(
      graph.get(join(compiled, 'model', 'document.js'))!.includes(join(compiled, 'formats', 'read.js')),
      'the graph is read from the compiled requires',
    );
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, stack: string[]) => {
      state.set(f, 'open');
      stack.push(f);
      for (const d of graph.get(f) ?? []) {
        if (state.get(d) === 'open')
          cycles.push(
            stack
              .slice(stack.indexOf(d))
              .map((x) => relative(compiled, x))
              .join(' → '),
          );
        else if (!state.has(d)) visit(d, stack);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of graph.keys()) if (!state.has(f)) visit(f, []);
    assert.deepEqual(cycles, []);
  });
});

interface FakeDocument {
  languageId: string;
  path: string;
}

/** Loads the compiled extension client with a stand-in `vscode` module and opens `docs` in order. */
async function runClient(
  docs: FakeDocument[],
): Promise<{ options: Record<string, unknown>; startedBy?: string; statusLanguages: string[] }> {
  const disposable = { dispose() {} };
  const listeners: ((doc: unknown) => void)[] = [];
  const seen: { options: Record<string, unknown>; startedBy?: string; statusLanguages: string[] } = { options: {}, statusLanguages: [] };
  let opening: string | undefined;
  const vscode = {
    window: {
      createOutputChannel: () => ({ appendLine() {}, show() {}, dispose() {} }),
      activeTextEditor: undefined,
      onDidChangeActiveTextEditor: () => disposable,
      showErrorMessage: async () => undefined,
      showInformationMessage: async () => undefined,
    },
    languages: {
      createLanguageStatusItem: (_id: string, selector: { language: string }[]) => {
        seen.statusLanguages = selector.map((s) => s.language);
        return { dispose() {} };
      },
    },
    LanguageStatusSeverity: { Information: 0, Warning: 1, Error: 2 },
    workspace: {
      textDocuments: [],
      onDidOpenTextDocument: (listener: (doc: unknown) => void) => (listeners.push(listener), disposable),
      onDidChangeTextDocument: () => disposable,
      onDidChangeConfiguration: () => disposable,
      getConfiguration: () => ({ get: () => [] }),
    },
    commands: { registerCommand: () => disposable },
  };
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? vscode : load.call(this, request, ...rest);
  };
  try {
    const path = join(OUT, 'client', 'src', 'common', 'client.js');
    delete require.cache[path];
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled client, loaded with a stand-in vscode module
    const { startClient, stopClient } = require(path);
    const createClient = (_id: string, _name: string, options: Record<string, unknown>) => {
      seen.options = options;
      seen.startedBy = opening;
      return { start: async () => {}, dispose: async () => {} };
    };
    await startClient({ subscriptions: [] }, createClient);
    for (const d of docs) {
      opening = d.path;
      listeners.forEach((l) => l({ languageId: d.languageId, uri: { path: d.path }, getText: () => TASK }));
      await new Promise((r) => setImmediate(r));
    }
    await stopClient();
    return seen;
  } finally {
    loader._load = load;
  }
}
