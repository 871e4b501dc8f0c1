import { type AnyNode, type ObjectNode, isApiKey, pathOf } from '../model/nodes';
import { type JsonSchema, type KeyStyle, fieldOwners, spellKey } from '../schema';
import { closest } from '../schema/closest';
import { walkTask } from '../schema/walk';
import { READ_ONLY_TASK_KEYS } from './read-only-property';
import { keyRange } from './ranges';
import type { Fix, ReportInput, Rule, Severity } from './types';

/** `a.b[0].c` for a path of keys and indices. */
function render(path: readonly (string | number)[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** Where `obj` sits, relative to the task object (or the container array), in the file's own keys. */
function location(obj: ObjectNode, root: AnyNode | undefined): string {
  const full = pathOf(obj);
  const base = root ? pathOf(root).length : 0;
  const rel = full.slice(base);
  if (rel.length === 0) return 'the task definition';
  return typeof rel[0] === 'number' ? `container ${render(rel)}` : render(rel);
}

export const unknownProperty: Rule = {
  id: 'unknown-property',
  severity: 'error',
  title: 'A key the ECS API does not know at that place (a typo, wrong letter case, or a field that belongs elsewhere).',
  why: "The AWS CLI validates every key against the API model and refuses a file with an unknown one; CloudFormation does the same for its resource schema. Keys are case-sensitive: `containerPort` in register-task-definition JSON, `ContainerPort` in CloudFormation. A key that is close to a known one is almost certainly a slip (error); a key that resembles nothing may be a field newer than this extension's schema (warning).",
  awsError: 'Unknown parameter in <path>: "<key>", must be one of: <keys>',
  check(ctx) {
    const { kind, task, containersNode } = ctx.task;
    const style = ctx.doc.keyStyle;
    const root: AnyNode | undefined = task ?? containersNode;
    walkTask(ctx.task, style, {
      unknownKey({ prop, objectSchema, at }) {
        if (at.length === 0 && (kind === 'register' || kind === 'describe') && READ_ONLY_TASK_KEYS.includes(prop.key)) return; // read-only-property's
        if (at.length === 0 && kind === 'cloudformation' && prop.rawKey === 'TaskDefinitionArn') return; // a read-only CFN attribute
        if (at[at.length - 2] === 'portMappings' && isApiKey(prop, 'hostPortRange')) return; // read-only-property's
        if (ctx.capped?.()) return ctx.report({ range: keyRange(prop), message: '' }); // only counted
        const spelled = spelledKeys(objectSchema, style);
        const where = location(prop.parent, root);
        const match = closest(prop.rawKey, spelled);
        const fixes: Fix[] = [];
        let message: string;
        let severity: Severity | undefined;
        const remove: Fix = { title: `Remove ${prop.rawKey}`, edits: [{ op: 'remove', path: pathOf(prop) }] };
        if (match) {
          const target = match.candidate;
          const taken = (keyCounts(prop.parent).get(target) ?? 0) - (prop.rawKey === target ? 1 : 0) > 0;
          const hint =
            style === 'pascal' && match.caseOnly
              ? `CloudFormation spells it "${target}"`
              : match.caseOnly
                ? `keys are case-sensitive, write "${target}"`
                : `did you mean "${target}"?`;
          message = `Unknown property "${prop.rawKey}" in ${where}: ${hint}${taken ? ` (${target} is already set here)` : ''}`;
          if (!message.endsWith('?')) message += '.';
          if (taken) fixes.push(remove);
          else
            fixes.push({
              title: `Rename to ${target}`,
              isPreferred: match.caseOnly || undefined,
              edits: [{ op: 'rename', path: pathOf(prop), newKey: target }],
            });
        } else {
          severity = 'warning';
          const owners = fieldOwners(prop.key).filter((o) => o !== 'RegisterTaskDefinition' || at.length > 0);
          const belongs = owners.length
            ? ` ${style === 'pascal' ? spellKey(prop.key, style) : prop.key} belongs in ${owners.map(label).join(' or ')}.`
            : '';
          message = `Unknown property "${prop.rawKey}" in ${where}: the ECS API does not take it here.${belongs} If AWS added it after this extension's schema, ignore this warning.`;
          fixes.push(remove);
        }
        // Per-problem severity: an error for a near miss, a warning for a key that resembles nothing.
        const report: ReportInput & { severity?: Severity } = { range: keyRange(prop), message, fixes };
        if (severity) report.severity = severity;
        ctx.report(report);
      },
    });
  },
};

const keyCountCache = new WeakMap<ObjectNode, Map<string, number>>();

/** How often each key is written in `obj` (one pass per object, not one per unknown key). */
function keyCounts(obj: ObjectNode): Map<string, number> {
  let counts = keyCountCache.get(obj);
  if (!counts) {
    counts = new Map();
    for (const p of obj.properties) counts.set(p.rawKey, (counts.get(p.rawKey) ?? 0) + 1);
    keyCountCache.set(obj, counts);
  }
  return counts;
}

const spelledCache = new Map<string, WeakMap<JsonSchema, string[]>>();

/** The keys an object schema takes, spelt the file's way (computed once per schema and style). */
function spelledKeys(objectSchema: JsonSchema, style: KeyStyle): string[] {
  let byStyle = spelledCache.get(style);
  if (!byStyle) spelledCache.set(style, (byStyle = new WeakMap()));
  let keys = byStyle.get(objectSchema);
  if (!keys) byStyle.set(objectSchema, (keys = Object.keys(objectSchema.properties ?? {}).map((k) => spellKey(k, style, objectSchema))));
  return keys;
}

const LABELS: Record<string, string> = {
  RegisterTaskDefinition: 'the task definition (top level)',
  FSxWindowsFileServerVolumeConfiguration: 'an FSx for Windows File Server volume configuration',
  FSxWindowsFileServerAuthorizationConfig: 'an FSx authorization config',
  S3FilesVolumeConfiguration: 'an S3 Files volume configuration',
  EFSVolumeConfiguration: 'an EFS volume configuration',
  EFSAuthorizationConfig: 'an EFS authorization config',
  KeyValuePair: 'a name/value pair',
  Ulimit: 'a ulimit',
};

/** `PortMapping` → "a port mapping", `HealthCheck` → "a health check". */
function label(owner: string): string {
  if (LABELS[owner]) return LABELS[owner];
  const text = owner.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return `${/^[aeio]/.test(text) ? 'an' : 'a'} ${text}`;
}
