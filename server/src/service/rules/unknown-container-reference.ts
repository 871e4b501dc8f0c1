import { type StringNode, type ValueNode, asObject, get, getProperty, pathOf } from '../model/nodes';
import { hasSyntaxErrorIn } from '../model/document';
import { editDistance } from '../schema/closest';
import { valueRange } from './ranges';
import type { Fix, Rule, RuleContext } from './types';
import { containerReferences } from './util/containers';

export const unknownContainerReference: Rule = {
  id: 'unknown-container-reference',
  severity: 'error',
  title: 'dependsOn, links, volumesFrom and proxyConfiguration.containerName must name a container of the same task definition.',
  why: 'Containers refer to each other by name: dependsOn orders their start, links connect them on the bridge network and volumesFrom shares their volumes. A name that matches no container of this task definition is rejected by ECS or leaves the reference pointing at nothing.',
  check(ctx) {
    const { containers, containersNode } = ctx.task;
    if (!containersNode || containersNode.items.length !== containers.length) return; // a placeholder item may add containers
    // A syntax error among the containers may have cut off the name being referred to.
    if (hasSyntaxErrorIn(ctx.doc, containersNode)) return;
    const names = new Set<string>();
    for (const c of containers) {
      const prop = getProperty(c.node, 'name');
      if (!prop) continue;
      if (prop.value?.type !== 'string') return; // a name we cannot read may be the one referred to
      names.add(prop.value.value);
    }
    for (const c of containers) {
      for (const ref of containerReferences(c)) {
        const entry = ref.field === 'links' ? ` entry ${JSON.stringify(ref.node.value)}` : '';
        check(ctx, names, ref.node, ref.target, ref.suffix, `${ctx.spell(ref.field)}${entry} names`);
      }
    }
    const proxy = get(asObject(get(ctx.task.task, 'proxyConfiguration')), 'containerName');
    if (proxy?.type === 'string') check(ctx, names, proxy, proxy.value, '', `${ctx.spell('proxyConfiguration')} names the proxy`);
  },
};

function check(ctx: RuleContext, names: Set<string>, node: StringNode, target: string, suffix: string, what: string): void {
  if (target === '' || names.has(target)) return;
  const suggestions = closestNames(target, [...names]);
  const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => JSON.stringify(s.name)).join(' or ')}?` : '';
  const fixes: Fix[] = suggestions.map((s) => ({
    title: `Use container ${JSON.stringify(s.name)}`,
    // Applied unattended only when the match is unambiguous and nearly exact.
    isPreferred: suggestions.length === 1 && s.distance <= 2,
    edits: [{ op: 'set', path: pathOf(node as ValueNode), value: s.name + suffix }],
  }));
  ctx.report({
    range: valueRange(node),
    message: `${what} container ${JSON.stringify(target)}, which this task definition does not have.${hint}`,
    fixes,
  });
}

/** The container names nearest to `ref` (all tied at the smallest edit distance), when reasonably close. */
export function closestNames(ref: string, names: string[]): { name: string; distance: number }[] {
  const a = ref.toLowerCase();
  let best: { name: string; distance: number }[] = [];
  for (const name of names) {
    const b = name.toLowerCase();
    const distance = editDistance(a, b);
    // Close: one name contains the other, or at most a third of the characters differ.
    const contains = Math.min(a.length, b.length) >= 3 && (a.includes(b) || b.includes(a));
    if (!contains && distance > Math.max(1, Math.floor(Math.max(a.length, b.length) / 3))) continue;
    if (!best.length || distance < best[0].distance) best = [{ name, distance }];
    else if (distance === best[0].distance) best.push({ name, distance });
  }
  return best;
}
