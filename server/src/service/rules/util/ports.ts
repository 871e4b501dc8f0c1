/** Port-mapping texts, fixes and Service Connect name helpers that several rules share. */
import { type PropertyNode, type StringNode, getProperty, pathOf } from '../../model/nodes';
import type { PortSpan } from '../../model/ports';
import type { TaskDefinitionModel } from '../../model/taskdef';
import type { Fix, RuleContext } from '../types';

/** `containerPortRange "8000-8010"` or `containerPort 8080`, spelt the document's way. */
export function describeSpan(ctx: RuleContext, span: PortSpan): string {
  return span.isRange ? `${ctx.spell('containerPortRange')} "${span.first}-${span.last}"` : `${ctx.spell('containerPort')} ${span.first}`;
}

/** Removes a static hostPort so that bridge mode picks a dynamic one. */
export function makeDynamicFix(ctx: RuleContext, prop: PropertyNode): Fix {
  const hp = ctx.spell('hostPort');
  return { title: `Make it dynamic (remove ${hp})`, edits: [{ op: 'remove', path: pathOf(prop) }] };
}

/** Port mapping `name` (Service Connect) pattern from the ECS API. */
export const PORT_NAME = /^[a-z0-9_][a-z0-9_-]{0,63}$/;
export const PORT_NAME_MAX = 64;

/** `text` made into a valid port name: lower case, invalid characters to `-`, no leading `-`, ≤ 64 characters. */
export function toValidPortName(text: string, max = PORT_NAME_MAX): string | undefined {
  const name = text
    .toLowerCase()
    .replace(/[^a-z0-9_-]/gu, '-')
    .replace(/^-+/, '')
    .slice(0, max);
  return name ? name : undefined;
}

/** `base`, or `base-2`, `base-3`, … (shortened to stay ≤ 64 characters) when `taken` has it already. */
export function uniquePortName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = base.slice(0, PORT_NAME_MAX - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Every port-mapping `name` of the task that is a known string. */
export function portNamesOf(task: TaskDefinitionModel): Set<string> {
  const names = new Set<string>();
  for (const c of task.containers) {
    for (const pm of c.portMappings) {
      const v = getProperty(pm.node, 'name')?.value;
      if (v?.type === 'string') names.add(v.value);
    }
  }
  return names;
}

/** A known, non-blank string value (what "the field is used" means for Service Connect rules). */
export function usedString(prop: PropertyNode | undefined): StringNode | undefined {
  const v = prop?.value;
  return v?.type === 'string' && v.value.trim() !== '' ? v : undefined;
}
