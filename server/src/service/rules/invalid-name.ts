import { type PropertyNode, getProperty, pathOf } from '../model/nodes';
import type { ContainerModel } from '../model/taskdef';
import { propRange } from './ranges';
import type { FixEdit, Rule, RuleContext } from './types';
import { containerReferences } from './util/containers';
import { listText } from './util/list';

const VALID = /^[A-Za-z0-9_-]{1,255}$/;
const INVALID_CHAR = /[^A-Za-z0-9_-]/gu;
const MAX = 255;

/** `name` with every character ECS does not allow in a family or container name replaced by `-`. */
export function sanitizeName(name: string): string {
  return name.replace(INVALID_CHAR, '-');
}

export const invalidName: Rule = {
  id: 'invalid-name',
  severity: 'error',
  title: 'The family and every container name may use only letters, digits, hyphens and underscores (1–255 characters).',
  why: 'ECS identifies task-definition families and containers by these names (in ARNs, links, dependsOn and load balancer settings) and rejects any other character, such as spaces, dots or slashes.',
  awsError: 'Container.name contains invalid characters.',
  check(ctx) {
    const task = ctx.task.task;
    const familyProp = task ? getProperty(task, 'family') : undefined;
    if (familyProp) checkName(ctx, familyProp, 'family', undefined);
    for (const container of ctx.task.containers) {
      const nameProp = getProperty(container.node, 'name');
      if (nameProp) checkName(ctx, nameProp, 'name', container);
    }
  },
};

function checkName(ctx: RuleContext, prop: PropertyNode, apiKey: 'family' | 'name', container: ContainerModel | undefined): void {
  const node = prop.value;
  if (node?.type !== 'string' || VALID.test(node.value)) return;
  const value = node.value;
  const key = ctx.spell(apiKey);
  const what = container ? `Container ${key}` : key;
  const aws = container ? '' : ' ECS: "Family contains invalid characters."';
  const bad = [...new Set(value.match(INVALID_CHAR) ?? [])];
  let message: string;
  if (value.length === 0) message = `${what} is empty; ECS needs 1 to ${MAX} letters, digits, '-' or '_'.`;
  else if (bad.length === 0) message = `${what} is ${value.length} characters long; ECS allows at most ${MAX}.`;
  else {
    const chars = listText(bad.map((c) => JSON.stringify(c)));
    message = `${what} ${JSON.stringify(value)} contains characters ECS does not allow (${chars}): use only letters, digits, '-' and '_'.${aws}`;
  }
  const fixed = sanitizeName(value);
  const fixable =
    bad.length > 0 && VALID.test(fixed) && !(container && ctx.task.containers.some((c) => c !== container && c.name === fixed));
  ctx.report({
    range: propRange(prop),
    message,
    fixes: fixable
      ? [
          {
            title: `Replace invalid characters with '-' (${JSON.stringify(fixed)})`,
            isPreferred: true,
            edits: [{ op: 'set', path: pathOf(node), value: fixed }, ...(container ? referenceEdits(ctx, value, fixed) : [])],
          },
        ]
      : [],
  });
}

/** Edits that rename references to container `from` (dependsOn, links, volumesFrom) so they follow the rename. */
function referenceEdits(ctx: RuleContext, from: string, to: string): FixEdit[] {
  const edits: FixEdit[] = [];
  for (const c of ctx.task.containers) {
    for (const ref of containerReferences(c)) {
      if (ref.target === from) edits.push({ op: 'set', path: pathOf(ref.node), value: to + ref.suffix });
    }
  }
  return edits;
}
