import { asArray, asObject, get, getProperty, pathOf } from '../model/nodes';
import { hasSyntaxErrorIn } from '../model/document';
import type { ContainerModel } from '../model/taskdef';
import { keyRange, propRange } from './ranges';
import type { Fix, Rule, RuleContext } from './types';
import { isEssential } from './util/containers';

const EXIT_CONDITIONS = new Set(['SUCCESS', 'COMPLETE']);

export const essentialDependencyCondition: Rule = {
  id: 'essential-dependency-condition',
  severity: 'error',
  title: 'A dependsOn condition of SUCCESS or COMPLETE must name a non-essential container.',
  why: 'SUCCESS and COMPLETE wait for the other container to exit. When an essential container exits the whole task stops, so the dependent container would never start; ECS rejects the combination. Mark the container it waits for essential: false (an omitted essential counts as true).',
  awsError: 'A dependency container with SUCCESS or COMPLETE condition cannot be an essential container',
  check(ctx) {
    // Names used twice are ambiguous (duplicate-container-name reports them): skip those.
    const byName = new Map<string, ContainerModel | null>();
    for (const c of ctx.task.containers) if (c.name !== undefined) byName.set(c.name, byName.has(c.name) ? null : c);
    for (const container of ctx.task.containers) {
      for (const item of asArray(get(container.node, 'dependsOn'))?.items ?? []) {
        const dep = asObject(item);
        const conditionProp = getProperty(dep, 'condition');
        const condition = conditionProp?.value?.type === 'string' ? conditionProp.value.value : undefined;
        const targetName = get(dep, 'containerName');
        if (!conditionProp || !condition || !EXIT_CONDITIONS.has(condition) || targetName?.type !== 'string') continue;
        const target = byName.get(targetName.value);
        if (!target || target === container || isEssential(target) !== true) continue;
        // An omitted essential may only look omitted because a syntax error cut the container short.
        if (hasSyntaxErrorIn(ctx.doc, target.node)) continue;
        const essentialProp = getProperty(target.node, 'essential');
        const key = ctx.spell('essential');
        const name = JSON.stringify(target.name);
        ctx.report({
          range: propRange(conditionProp),
          message:
            `${ctx.spell('condition')} ${condition} waits for container ${name} to exit, but ${name} is essential` +
            `${essentialProp ? '' : ` (${key} omitted means true)`}, and the task stops when it exits.`,
          related: [
            {
              ...(essentialProp ? propRange(essentialProp) : keyRange(getProperty(target.node, 'name')!)),
              message: `container ${name}`,
            },
          ],
          fixes: [markNonEssential(ctx, target)],
        });
      }
    }
  },
};

function markNonEssential(ctx: RuleContext, target: ContainerModel): Fix {
  const key = ctx.spell('essential');
  const prop = getProperty(target.node, 'essential');
  // Safe when another container stays essential, so the task still has one.
  const othersEssential = ctx.task.containers.some((c) => c !== target && isEssential(c) === true);
  return {
    title: `Mark container ${JSON.stringify(target.name)} non-essential (${key}: false)`,
    isPreferred: othersEssential,
    edits: [
      prop?.value
        ? { op: 'set', path: pathOf(prop.value), value: false }
        : { op: 'insert', path: pathOf(target.node), key, value: false, after: [ctx.spell('image'), ctx.spell('name')] },
    ],
  };
}
