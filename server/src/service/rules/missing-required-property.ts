import { type ObjectNode, getProperty, isApiKey, pathOf } from '../model/nodes';
import { closest } from '../schema/closest';
import type { ContainerModel } from '../model/taskdef';
import type { Rule, RuleContext, SourceRange } from './types';

/** Inserted for a missing image (or family): obviously unfinished, and no registry accepts it as an image. */
export const PLACEHOLDER = 'REPLACE_ME';
const NAME = /^[A-Za-z0-9_-]{1,255}$/;

/** One character: the opening brace of the object that lacks the key (never the whole object). */
function braceRange(obj: ObjectNode): SourceRange {
  return { offset: obj.offset, length: 1 };
}

/**
 * True when the object has the key under another spelling (`Name`, `nmae`, camelCase in
 * CloudFormation): unknown-property reports that one, with a rename.
 */
function misspelt(obj: ObjectNode, apiKey: string, spelled: string): boolean {
  return obj.properties.some((p) => !isApiKey(p, apiKey) && closest(p.rawKey, [spelled])?.candidate === spelled);
}

/** A container name taken from the image (`…/my-app:1.2` → `my-app`), unique in the task. */
function nameFromImage(container: ContainerModel, taken: Set<string>): string {
  const image = getProperty(container.node, 'image')?.value;
  let base = '';
  if (image?.type === 'string') {
    const repo = image.value.split('@')[0].replace(/:[^/]*$/, '');
    base = repo
      .slice(repo.lastIndexOf('/') + 1)
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '');
  }
  if (!NAME.test(base)) base = `container-${container.index + 1}`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  return name;
}

interface Missing {
  apiKey: string;
  value: unknown;
  after?: string[];
}

/** One problem per object: "has no name and no image", with one fix inserting every missing key. */
function reportMissing(ctx: RuleContext, obj: ObjectNode, label: string, missing: Missing[], why: string): void {
  if (!missing.length) return;
  const keys = missing.map((m) => ctx.spell(m.apiKey));
  ctx.report({
    range: braceRange(obj),
    message: `${label} has no ${keys.join(' and no ')}: ${why}`,
    fixes: [
      {
        title: `Insert ${missing.map((m) => `${ctx.spell(m.apiKey)}: ${JSON.stringify(m.value)}`).join(' and ')}`,
        edits: missing.map((m) => ({
          op: 'insert' as const,
          path: pathOf(obj),
          key: ctx.spell(m.apiKey),
          value: m.value,
          after: (m.after ?? []).map((k) => ctx.spell(k)),
        })),
      },
    ],
  });
}

function checkTask(ctx: RuleContext, task: ObjectNode): void {
  const first = ctx.task.containers.find((c) => c.name && NAME.test(c.name));
  const missing: Missing[] = [];
  if (!getProperty(task, 'family') && !misspelt(task, 'family', ctx.spell('family'))) {
    missing.push({ apiKey: 'family', value: first?.name ?? PLACEHOLDER });
  }
  if (!getProperty(task, 'containerDefinitions') && !misspelt(task, 'containerDefinitions', ctx.spell('containerDefinitions'))) {
    missing.push({ apiKey: 'containerDefinitions', value: [{ name: 'app', image: PLACEHOLDER }] });
  }
  const why = missing.map((m) =>
    m.apiKey === 'family'
      ? `a ${ctx.spell('family')} (it names the task definition and groups its revisions)`
      : 'at least one container definition',
  );
  reportMissing(ctx, task, 'The task definition', missing, `register-task-definition requires ${why.join(' and ')}.`);
}

function checkContainer(ctx: RuleContext, c: ContainerModel, names: Set<string>): void {
  const label = c.name ? `Container "${c.name}"` : `Container ${ctx.spell('containerDefinitions')}[${c.index}]`;
  const missing: Missing[] = [];
  if (!getProperty(c.node, 'name') && !misspelt(c.node, 'name', ctx.spell('name'))) {
    const name = nameFromImage(c, names);
    names.add(name);
    missing.push({ apiKey: 'name', value: name });
  }
  const image = getProperty(c.node, 'image');
  if (!image && !misspelt(c.node, 'image', ctx.spell('image'))) missing.push({ apiKey: 'image', value: PLACEHOLDER, after: ['name'] });
  const errors = missing.map((m) => `"Container.${m.apiKey} should not be null or empty."`).join(', ');
  reportMissing(ctx, c.node, label, missing, `every container needs ${missing.length > 1 ? 'both' : 'one'} (ECS: ${errors}).`);
  if (image?.value?.type === 'string' && image.value.value.trim() === '') {
    ctx.report({
      range: { offset: image.value.offset, length: image.value.length },
      message: `${label} has an empty ${ctx.spell('image')}: ECS rejects it ("Container.image should not be null or empty."). If a pipeline fills it in, write a placeholder such as "<IMAGE>" instead.`,
    });
  }
}

export const missingRequiredProperty: Rule = {
  id: 'missing-required-property',
  severity: 'error',
  title: "A field ECS requires is missing: family and containerDefinitions, and each container's name and image.",
  why: "RegisterTaskDefinition needs a family (the task definition's name) and at least one container, and every container needs a name and an image. The AWS CLI stops before sending the request; ECS itself rejects a container without a name or image. In CloudFormation only the container Name and Image are required (CloudFormation makes up a family when it is missing).",
  awsError: 'Missing required parameter in input: "family"',
  check(ctx) {
    const { kind, task } = ctx.task;
    if (task && (kind === 'register' || kind === 'describe')) checkTask(ctx, task);
    const names = new Set(ctx.task.containers.map((c) => c.name).filter((n): n is string => !!n));
    for (const c of ctx.task.containers) checkContainer(ctx, c, names);
  },
};
