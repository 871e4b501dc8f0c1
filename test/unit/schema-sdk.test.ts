/**
 * The schema against the installed AWS SDK: parses @aws-sdk/client-ecs's TypeScript declarations at
 * test time and walks RegisterTaskDefinitionRequest and every type reachable from it. Any member,
 * enum value or required flag the schema lacks (or has in excess) fails the test, so updating the SDK
 * shows what the schema must learn. The comparison is also run on mutated copies of the schema to
 * prove it notices a removed field.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const modelsDir = join(root, 'node_modules', '@aws-sdk', 'client-ecs', 'dist-types', 'models');
const schemaFile = join(root, 'schemas', 'ecs-task-definition.schema.json');

interface Member {
  name: string;
  type: string;
  optional: boolean;
  doc: string;
}
interface Sdk {
  interfaces: Map<string, Member[]>;
  enums: Map<string, string[]>;
  /** Tagged unions (`export declare namespace X { interface AMember { a: T; $unknown?: never } … }`). */
  unions: Map<string, Member[]>;
}

const stripDoc = (s: string) => s.replace(/\/\*\*[\s\S]*?\*\//g, '');
const docText = (s: string) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s*\*\s?/gm, ' ')
    .replace(/@\w+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function parseMembers(body: string): Member[] {
  const members: Member[] = [];
  const re = /(?:\/\*\*([\s\S]*?)\*\/\s*)?^\s*(\$?\w+)(\??):\s*([^;]+);/gm;
  for (const m of body.matchAll(re)) {
    if (m[2].startsWith('$')) continue;
    members.push({ name: m[2], optional: m[3] === '?', type: m[4].replace(/\s*\|\s*undefined$/, '').trim(), doc: docText(m[1] ?? '') });
  }
  return members;
}

export function parseSdk(dir: string): Sdk {
  const text = readdirSync(dir)
    .filter((f) => f.endsWith('.d.ts'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
  const sdk: Sdk = { interfaces: new Map(), enums: new Map(), unions: new Map() };
  for (const m of text.matchAll(/^export interface (\w+) \{([\s\S]*?)^\}/gm)) sdk.interfaces.set(m[1], parseMembers(m[2]));
  for (const m of text.matchAll(/^export declare const (\w+): \{([\s\S]*?)^\};/gm)) {
    sdk.enums.set(
      m[1],
      [...stripDoc(m[2]).matchAll(/readonly \w+: "([^"]*)"/g)].map((v) => v[1]),
    );
  }
  for (const m of text.matchAll(/^export declare namespace (\w+) \{([\s\S]*?)^\}/gm)) {
    const members: Member[] = [];
    for (const i of m[2].matchAll(/interface (\w+)Member \{([\s\S]*?)\n\s*\}/g)) {
      if (i[1] === '$Unknown') continue;
      members.push(
        ...parseMembers(i[2])
          .filter((x) => !x.type.startsWith('never'))
          .map((x) => ({ ...x, optional: true })),
      );
    }
    sdk.unions.set(m[1], members);
  }
  return sdk;
}

type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function resolver(schema: Schema): (s: Schema) => Schema {
  return function resolve(s: Schema): Schema {
    const ref: string | undefined = s.$ref ?? (s.allOf?.length === 1 ? s.allOf[0].$ref : undefined);
    return ref ? { ...resolve(schema.definitions[ref.replace('#/definitions/', '')]), ...s, $ref: undefined, allOf: undefined } : s;
  };
}

/** Every difference between the SDK input shapes and the schema, as readable lines. */
export function compare(sdk: Sdk, schema: Schema): string[] {
  const resolve = resolver(schema);
  const problems: string[] = [];
  const seen = new Set<string>();

  const checkType = (type: string, s: Schema, at: string): void => {
    if (type.endsWith('[]')) {
      if (s.type !== 'array' || !s.items) {
        problems.push(`${at}: should be an array`);
        return;
      }
      checkType(type.slice(0, -2), resolve(s.items), `${at}[]`);
      return;
    }
    const map = /^Record<string, (.+)>$/.exec(type);
    if (map) {
      if (s.type !== 'object' || typeof s.additionalProperties !== 'object') {
        problems.push(`${at}: should be a map`);
        return;
      }
      checkType(map[1], resolve(s.additionalProperties), `${at}{}`);
      return;
    }
    const scalar: Record<string, string> = { string: 'string', number: 'integer', boolean: 'boolean' };
    if (scalar[type]) {
      if (s.type !== scalar[type]) problems.push(`${at}: type should be ${scalar[type]}, is ${s.type}`);
      return;
    }
    const values = sdk.enums.get(type);
    if (values) {
      const have: string[] = s.enum ?? [];
      for (const v of values) if (!have.includes(v)) problems.push(`${at}: enum lacks "${v}"`);
      for (const v of have) if (!values.includes(v)) problems.push(`${at}: enum has "${v}", which the SDK does not`);
      return;
    }
    const members = sdk.interfaces.get(type) ?? sdk.unions.get(type);
    if (!members) {
      problems.push(`${at}: SDK type ${type} not understood`);
      return;
    }
    checkShape(type, members, s, at, !sdk.unions.has(type));
  };

  const checkShape = (shape: string, members: Member[], s: Schema, at: string, checkRequired: boolean): void => {
    if (s.type !== 'object' || !s.properties) {
      problems.push(`${at}: should be an object (${shape})`);
      return;
    }
    const key = `${shape}@${JSON.stringify(s.properties === undefined ? null : Object.keys(s.properties))}`;
    if (seen.has(key)) return;
    seen.add(key);
    for (const m of members) {
      const p = s.properties[m.name];
      if (!p) {
        problems.push(`${at}.${m.name}: missing from the schema (${shape}.${m.name}: ${m.type})`);
        continue;
      }
      if (checkRequired && !m.optional && !(s.required ?? []).includes(m.name)) problems.push(`${at}.${m.name}: should be required`);
      if (checkRequired && m.optional && (s.required ?? []).includes(m.name))
        problems.push(`${at}.${m.name}: required in the schema, optional in the SDK`);
      checkType(m.type, resolve(p), `${at}.${m.name}`);
    }
    for (const k of Object.keys(s.properties)) {
      if (!members.some((m) => m.name === k)) problems.push(`${at}.${k}: in the schema but not in the SDK's ${shape}`);
    }
  };

  const request = sdk.interfaces.get('RegisterTaskDefinitionRequest');
  if (!request) return ['RegisterTaskDefinitionRequest not found in the SDK declarations'];
  checkShape('RegisterTaskDefinitionRequest', request, resolve(schema), '(task)', true);
  return problems;
}

/** Pairs of [SDK member doc, schema description] for every input member, to compare wording. */
function descriptions(sdk: Sdk, schema: Schema): [string, string, string][] {
  const resolve = resolver(schema);
  const out: [string, string, string][] = [];
  const done = new Set<string>();
  const visit = (type: string, s: Schema): void => {
    const base = type.replace(/\[\]$/, '').replace(/^Record<string, (.+)>$/, '$1');
    if (base !== type) return visit(base, s.type === 'array' ? resolve(s.items) : s);
    const members = sdk.interfaces.get(type) ?? sdk.unions.get(type);
    if (!members || done.has(type) || !s.properties) return;
    done.add(type);
    for (const m of members) {
      const p = s.properties[m.name];
      if (!p) continue;
      out.push([`${type}.${m.name}`, m.doc, p.description ?? '']);
      visit(m.type, resolve(p));
    }
  };
  visit('RegisterTaskDefinitionRequest', resolve(schema));
  return out;
}

function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

describe('schema vs the AWS SDK model', () => {
  const sdk = parseSdk(modelsDir);
  const schema: Schema = JSON.parse(readFileSync(schemaFile, 'utf8'));

  it('parses the SDK declarations (guards against a vacuous pass)', () => {
    assert.ok((sdk.interfaces.get('RegisterTaskDefinitionRequest') ?? []).length >= 18);
    assert.ok((sdk.interfaces.get('ContainerDefinition') ?? []).length >= 40);
    assert.deepEqual(sdk.enums.get('TransportProtocol'), ['tcp', 'udp']);
    assert.ok(sdk.enums.get('NetworkMode')?.includes('awsvpc'));
    assert.ok((sdk.unions.get('SharingStrategy') ?? []).some((m) => m.name === 'nvidiaMps'));
  });

  it('has every member, enum value and required flag of every input type, and nothing else', () => {
    assert.deepEqual(compare(sdk, schema), []);
  });

  it('notices a removed field, enum value or required flag at any depth', () => {
    const mutate = (edit: (s: Schema) => void): string[] => {
      const copy: Schema = JSON.parse(JSON.stringify(schema));
      edit(copy);
      return compare(sdk, copy);
    };
    assert.deepEqual(
      mutate((s) => delete s.definitions.PortMapping.properties.appProtocol),
      ['(task).containerDefinitions[].portMappings[].appProtocol: missing from the schema (PortMapping.appProtocol: ApplicationProtocol)'],
    );
    assert.deepEqual(
      mutate((s) => delete s.properties.enableFaultInjection),
      ['(task).enableFaultInjection: missing from the schema (RegisterTaskDefinitionRequest.enableFaultInjection: boolean)'],
    );
    assert.deepEqual(
      mutate((s) => delete s.definitions.NvidiaMpsAllocation.properties.maxComputePercent),
      [
        '(task).containerDefinitions[].resourceRequirements[].sharingStrategy.nvidiaMps.maxComputePercent: missing from the schema (NvidiaMpsAllocation.maxComputePercent: number)',
      ],
    );
    assert.deepEqual(
      mutate((s) => {
        s.definitions.PortMapping.properties.protocol.enum = ['tcp'];
      }),
      ['(task).containerDefinitions[].portMappings[].protocol: enum lacks "udp"'],
    );
    assert.deepEqual(
      mutate((s) => {
        s.definitions.Secret.required = ['name'];
      }),
      ['(task).containerDefinitions[].secrets[].valueFrom: should be required'],
    );
    assert.deepEqual(
      mutate((s) => {
        s.definitions.HealthCheck.properties.interval.type = 'string';
      }),
      ['(task).containerDefinitions[].healthCheck.interval: type should be integer, is string'],
    );
    assert.deepEqual(
      mutate((s) => {
        s.properties.hostPortRange = { type: 'string' };
      }),
      ["(task).hostPortRange: in the schema but not in the SDK's RegisterTaskDefinitionRequest"],
    );
  });

  it('documents every field in its own words, with a link to AWS', () => {
    const pairs = descriptions(sdk, schema);
    assert.ok(pairs.length > 150, `only ${pairs.length} members walked`);
    const copied: string[] = [];
    for (const [at, aws, ours] of pairs) {
      assert.ok(ours.length > 10, `${at} has no description`);
      // No run of 8 words taken over from AWS's text.
      const theirs = ` ${words(aws).join(' ')} `;
      const w = words(ours);
      for (let i = 0; i + 8 <= w.length; i++) {
        if (theirs.includes(` ${w.slice(i, i + 8).join(' ')} `)) {
          copied.push(`${at}: "${w.slice(i, i + 8).join(' ')}"`);
          break;
        }
      }
    }
    assert.deepEqual(copied, []);
    const missingLinks: string[] = [];
    const walk = (s: Schema, at: string) => {
      for (const [k, p] of Object.entries<Schema>(s.properties ?? {}))
        if (!/^https:\/\/docs\.aws\.amazon\.com\//.test(p['x-docUrl'] ?? '')) missingLinks.push(`${at}.${k}`);
    };
    walk(schema, '(task)');
    for (const [name, def] of Object.entries<Schema>(schema.definitions)) walk(def, name);
    assert.deepEqual(missingLinks, []);
  });
});
