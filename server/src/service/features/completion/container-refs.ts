/** Container-name references (dependsOn, links, volumesFrom, proxyConfiguration): the task's own container names. */
import type { CursorContext, ValueSuggestion } from './types';
import { str } from './snippet';

const FIELD_DOC: Record<string, string> = {
  containerName: 'Start order: this container waits for the named container to reach the condition.',
  sourceContainer: 'Mounts the volumes of the named container.',
  links: 'Bridge mode only: reach the named container by its name (or `name:alias`).',
  proxy: 'The container that runs the App Mesh proxy (usually Envoy).',
};

/** Suggestions when the cursor is on a value that names a container of this task; undefined elsewhere. */
export function containerReferenceValues(ctx: CursorContext): ValueSuggestion[] | undefined {
  const p = ctx.path;
  const inContainer = p[0] === 'containerDefinitions' && typeof p[1] === 'number';
  let doc: string | undefined;
  if (inContainer && ctx.kind === 'value' && p[2] === 'dependsOn' && p[4] === 'containerName') doc = FIELD_DOC.containerName;
  else if (inContainer && ctx.kind === 'value' && p[2] === 'volumesFrom' && p[4] === 'sourceContainer') doc = FIELD_DOC.sourceContainer;
  else if (inContainer && ctx.kind === 'item' && p[2] === 'links' && p.length === 3) doc = FIELD_DOC.links;
  else if (ctx.kind === 'value' && p[0] === 'proxyConfiguration' && p[1] === 'containerName' && p.length === 2) doc = FIELD_DOC.proxy;
  if (!doc) return undefined;
  const self = inContainer ? (p[1] as number) : -1;
  const taken = new Set(ctx.presentItems.map((i) => (typeof i === 'string' ? i.split(':')[0] : i)));
  const out: ValueSuggestion[] = [];
  for (const c of ctx.task.containers) {
    if (c.index === self || !c.name || taken.has(c.name)) continue;
    out.push({ label: c.name, value: str(c.name), detail: `container ${c.index + 1} of this task`, documentation: doc, itemKind: 'value' });
  }
  return out;
}
