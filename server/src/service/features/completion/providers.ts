/** What to offer at a cursor context: hand-written, network-mode-aware suggestions first, the schema's for the rest. */
import { classify, containerAt } from '../knowledge/task-path';
import { modeView } from '../knowledge/mode';
import type { CursorContext, Suggestions } from './types';
import { arr } from './snippet';
import { type PortContext, mappingSnippets, portMappingKeys, portMappingValues } from './port-mapping';
import {
  compatibilityItems,
  compatibilityValues,
  containerKeys,
  containerSnippets,
  networkModeValues,
  portMappingsValues,
  taskKeys,
} from './task-level';
import { schemaItems, schemaKeys, schemaValues } from './schema-suggest';
import { containerReferenceValues } from './container-refs';

export function suggest(ctx: CursorContext): Suggestions {
  const view = modeView(ctx.task, ctx.spell);
  const place = classify(ctx.path);
  const portContext = (container: number): PortContext => ({
    view,
    present: ctx.presentKeys,
    siblings: ctx.siblings,
    containerName: containerAt(ctx.task, container)?.name,
    spell: ctx.spell,
  });
  const out: Suggestions = { keys: [], values: [] };
  const references = containerReferenceValues(ctx);
  if (references) return { keys: [], values: references };
  if (ctx.kind === 'key') {
    if (place.kind === 'task' && !place.field) out.keys.push(...taskKeys(ctx.task, view, ctx.presentKeys, ctx.spell));
    else if (place.kind === 'container' && !place.field) out.keys.push(...containerKeys(portContext(place.container)));
    else if (place.kind === 'portMapping' && !place.field) out.keys.push(...portMappingKeys(portContext(place.container)));
    const known = new Set(out.keys.map((k) => k.key));
    // A field the hand-written providers left out on purpose (hostPort beside a range, Service Connect
    // fields in host mode) must not come back from the schema.
    if (place.kind === 'portMapping')
      ['containerPort', 'hostPort', 'protocol', 'name', 'appProtocol', 'containerPortRange'].forEach((k) => known.add(k));
    out.keys.push(...schemaKeys(ctx.path, ctx.keyStyle, ctx.presentKeys, known));
    return out;
  }
  if (ctx.kind === 'value') {
    if (place.kind === 'task' && place.field === 'networkMode') out.values.push(...networkModeValues(view));
    else if (place.kind === 'task' && place.field === 'requiresCompatibilities') out.values.push(...compatibilityValues());
    else if (place.kind === 'task' && place.field === 'containerDefinitions')
      out.values.push(...containerSnippets(portContext(-1)).map((s) => ({ ...s, label: `[${s.label}]`, value: arr(s.value) })));
    else if (place.kind === 'portMappings') out.values.push(...portMappingsValues(portContext(place.container)));
    else if (place.kind === 'portMapping' && place.field) out.values.push(...portMappingValues(place.field, portContext(place.container)));
    if (out.values.length === 0 && !(place.kind === 'portMapping' && place.field === 'hostPort'))
      out.values.push(...schemaValues(ctx.path));
    return out;
  }
  if (place.kind === 'task' && place.field === 'requiresCompatibilities') out.values.push(...compatibilityItems(ctx.presentItems));
  else if (place.kind === 'portMappings') out.values.push(...mappingSnippets(portContext(place.container)));
  else if (place.kind === 'task' && place.field === 'containerDefinitions') out.values.push(...containerSnippets(portContext(-1)));
  else out.values.push(...schemaItems(ctx.path, ctx.presentItems));
  return out;
}
