/** The project config file lookup (server/src/host/config-file.ts) with an in-memory file system. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { ConfigFiles, mergeRules, readConfig, ruleWarnings } from '../../server/src/host/config-file';
import { configSchema } from './helpers/config-schema';

const ROOT = join(__dirname, '..', '..', '..');

function fs(files: Record<string, string>) {
  const reads: string[] = [];
  const reader = (p: string) => {
    reads.push(p);
    return files[p];
  };
  return { reader, reads };
}

describe('config file lookup', () => {
  it('walks up from the file to the root; the nearest file wins', () => {
    const { reader, reads } = fs({
      '/repo/.ecs-taskdef.json': '{ "rules": { "reserved-host-port": "off" } }',
      '/repo/svc/.ecs-taskdef.json': '{ "rules": { "host-port-mismatch": "warning" } }',
    });
    const files = new ConfigFiles(reader);
    assert.deepEqual(files.forFile('/repo/svc/deploy/task.json').rules, { 'host-port-mismatch': 'warning' });
    assert.deepEqual(files.forFile('/repo/other/task.json').rules, { 'reserved-host-port': 'off' });
    assert.equal(files.find('/elsewhere/task.json'), undefined);
    // It stopped at the root, and answers for a folder are cached.
    assert.ok(reads.includes('/.ecs-taskdef.json') && reads.includes('/package.json'));
    const before = reads.length;
    files.forFile('/repo/svc/deploy/other.json');
    assert.equal(reads.length, before);
    files.clear();
    files.forFile('/repo/svc/deploy/other.json');
    assert.ok(reads.length > before);
  });

  it('reads the "ecs-taskdef" key of package.json; a package.json without it does not stop the walk', () => {
    const { reader } = fs({
      '/repo/package.json': '{ "name": "x", "ecs-taskdef": { "ignores": ["legacy/**"] } }',
      '/repo/app/package.json': '{ "name": "app", "version": "1.0.0" }',
      '/repo/both/package.json': '{ "ecs-taskdef": { "rules": { "reserved-host-port": "error" } } }',
      '/repo/both/.ecs-taskdef.json': '{ "rules": { "reserved-host-port": "off" } }',
    });
    const files = new ConfigFiles(reader);
    const app = files.forFile('/repo/app/task.json');
    assert.equal(app.configFile?.path, '/repo/package.json');
    assert.deepEqual(app.configFile?.warnings, []);
    assert.equal(files.forFile('/repo/legacy/x/task.json').ignored, true);
    assert.equal(files.forFile('/repo/both/task.json').configFile?.path, '/repo/both/.ecs-taskdef.json');
    assert.deepEqual(files.forFile('/repo/both/task.json').rules, { 'reserved-host-port': 'off' });
  });

  it('files and ignores are globs relative to the config file folder; an ignored folder covers its content', () => {
    const { reader } = fs({
      '/repo/.ecs-taskdef.json': '{ "files": ["deploy/*.tmpl.json", "./**/ecs/*.json"], "ignores": ["legacy", "**/*.draft.json"] }',
    });
    const files = new ConfigFiles(reader);
    assert.equal(files.forFile('/repo/deploy/web.tmpl.json').force, true);
    assert.equal(files.forFile('/repo/sub/deploy/web.tmpl.json').force, false);
    assert.equal(files.forFile('/repo/a/b/ecs/web.json').force, true);
    assert.equal(files.forFile('/repo/ecs/web.json').force, true);
    assert.equal(files.forFile('/repo/legacy/deep/task.json').ignored, true);
    assert.equal(files.forFile('/repo/legacyish/task.json').ignored, false);
    assert.equal(files.forFile('/repo/x/y.draft.json').ignored, true);
    assert.equal(files.forFile('/repo/x/y.json').ignored, false);
  });

  it('Windows paths', () => {
    const { reader } = fs({ 'C:/work/repo/.ecs-taskdef.json': '{ "ignores": ["old/**"] }' });
    const files = new ConfigFiles(reader);
    assert.equal(files.forFile('C:\\work\\repo\\old\\task.json').ignored, true);
    assert.equal(files.forFile('C:\\work\\repo\\new\\task.json').configFile?.dir, 'C:/work/repo');
    assert.equal(files.find('D:\\task.json'), undefined);
  });

  it('without a reader (the browser host) there is never a config file', () => {
    assert.deepEqual(new ConfigFiles().forFile('/repo/task.json'), { rules: {}, force: false, ignored: false });
  });

  it('warns about unknown keys, unknown rule ids and bad severities, with the nearest name; keeps what is valid', () => {
    const c = readConfig(
      '/r/.ecs-taskdef.json',
      '/r',
      `{
      // comments are allowed
      "rule": {},
      "rules": { "host-port-missmatch": "off", "reserved-host-port": "warn", "host-port-conflict": "off", "zzz": "off" },
      "files": "deploy/*.json",
      "ignores": ["ok/**", 3],
    }`,
      false,
    )!;
    assert.deepEqual(c.rules, { 'host-port-conflict': 'off' });
    assert.deepEqual(c.files, []);
    assert.deepEqual(c.ignores, ['ok/**']);
    assert.deepEqual(c.warnings, [
      '/r/.ecs-taskdef.json: unknown key "rule" (did you mean "rules"?); it is ignored (known keys: rules, files, ignores).',
      '/r/.ecs-taskdef.json: "rules": unknown rule "host-port-missmatch" (did you mean "host-port-mismatch"?); it is ignored.',
      '/r/.ecs-taskdef.json: "rules": "reserved-host-port" is set to "warn"; use one of error, warning, info, hint, off, default.',
      '/r/.ecs-taskdef.json: "rules": unknown rule "zzz"; it is ignored.',
      '/r/.ecs-taskdef.json: "files" must be an array of glob patterns.',
      '/r/.ecs-taskdef.json: "ignores" entry 3 is not a glob pattern; it is ignored.',
    ]);
  });

  it('a config file that does not parse is reported and ignored; a broken package.json is not ours', () => {
    const bad = readConfig('/r/.ecs-taskdef.json', '/r', '{ "rules": ', false)!;
    assert.equal(bad.warnings.length, 1);
    assert.match(bad.warnings[0], /^\/r\/\.ecs-taskdef\.json: not valid JSON \(.+\); the file is ignored\.$/);
    assert.equal(readConfig('/r/package.json', '/r', '{ "ecs-taskdef": ', true), undefined);
    assert.deepEqual(readConfig('/r/package.json', '/r', '{ "ecs-taskdef": [] }', true)!.warnings, [
      '/r/package.json ("ecs-taskdef"): must be an object with "rules", "files" and "ignores"; it is ignored.',
    ]);
  });

  it('rule warnings for flags and settings; settings override the file per rule', () => {
    assert.deepEqual(ruleWarnings({ 'fargate-requires-awsvpc': 'off', 'fargate-require-awsvpc': 'off' }, '--rule'), [
      '--rule: unknown rule "fargate-require-awsvpc" (did you mean "fargate-requires-awsvpc"?); it is ignored.',
    ]);
    assert.deepEqual(mergeRules({ a: 'off', b: 'error' } as never, { b: 'default' } as never), { a: 'off', b: 'default' });
  });
});

describe('config file schema (schemas/ecs-taskdef-config.schema.json)', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'ecs-taskdef-config.schema.json'), 'utf8'));

  it('is generated from the rule registry', () => {
    assert.deepEqual(schema, configSchema(), 'run: npm run compile-tests && node scripts/schemas.mjs');
  });

  it('compiles in strict Ajv and agrees with the loader on the README example', () => {
    const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /<!-- config-example -->\s*```json\n([\s\S]*?)```/.exec(readme);
    assert.ok(example, 'README.md lacks the <!-- config-example --> block');
    const value = JSON.parse(example[1]);
    assert.ok(validate(value), JSON.stringify(validate.errors));
    assert.deepEqual(readConfig('/r/.ecs-taskdef.json', '/r', example[1], false)!.warnings, []);
    assert.equal(validate({ rules: { 'host-port-missmatch': 'off' } }), false);
    assert.equal(validate({ rules: { 'host-port-mismatch': 'warn' } }), false);
    assert.equal(validate({ ignore: [] }), false);
  });
});
