/** Completion for `networkMode`, `requiresCompatibilities` and a container's `portMappings`. */
import type { ModeView } from '../knowledge/mode';
import { networkModeDoc, portMappingsDoc, requiresCompatibilitiesDoc } from '../knowledge/task-fields';
import { COMPATIBILITY_VALUES, NETWORK_MODE_VALUES, type ValueDoc } from '../knowledge/values';
import type { TaskDefinitionModel } from '../../model/taskdef';
import { type SnippetValue, arr, choice, shiftTabs, str } from './snippet';
import type { KeySuggestion, Scalar, ValueSuggestion } from './types';
import type { PortContext } from './port-mapping';
import { mappingSnippets } from './port-mapping';

/** The network modes worth offering: Fargate and Windows tasks allow only awsvpc (Windows: or omitted). */
function networkModes(view: ModeView): ValueDoc[] {
  if (view.fargate) return NETWORK_MODE_VALUES.filter((m) => m.value === 'awsvpc');
  if (view.windows) {
    return NETWORK_MODE_VALUES.filter((m) => m.value === 'awsvpc').map((m) => ({
      ...m,
      doc: `${m.doc} On Windows the alternative is to omit networkMode (Docker NAT).`,
    }));
  }
  return NETWORK_MODE_VALUES;
}

export function taskKeys(task: TaskDefinitionModel, view: ModeView, present: Set<string>, spell: (k: string) => string): KeySuggestion[] {
  const out: KeySuggestion[] = [];
  if (!present.has('networkMode')) {
    const modes = networkModes(view).map((m) => m.value);
    out.push({
      key: 'networkMode',
      value: modes.length === 1 ? str(modes[0]) : choice(modes),
      detail: 'How the containers are networked: awsvpc, bridge, host or none',
      sortText: '0',
      documentation: networkModeDoc(view, task, spell),
    });
  }
  if (!present.has('requiresCompatibilities')) {
    out.push({
      key: 'requiresCompatibilities',
      value: arr(choice(COMPATIBILITY_VALUES.map((v) => v.value))),
      detail: 'Launch types ECS checks the task definition against',
      sortText: '1',
      documentation: requiresCompatibilitiesDoc(task, spell),
    });
  }
  return out;
}

export function networkModeValues(view: ModeView): ValueSuggestion[] {
  return networkModes(view).map((m, i) => ({
    label: m.value,
    value: str(m.value),
    detail: m.doc,
    itemKind: 'enum',
    sortText: String(i),
    preselect: (view.fargate || view.windows) && m.value === 'awsvpc' ? true : undefined,
  }));
}

/** Items for the `requiresCompatibilities` array, without those already listed. */
export function compatibilityItems(present: Scalar[]): ValueSuggestion[] {
  return COMPATIBILITY_VALUES.filter((v) => !present.includes(v.value)).map((v, i) => ({
    label: v.value,
    value: str(v.value),
    detail: v.doc,
    itemKind: 'enum',
    sortText: String(i),
  }));
}

/** Whole arrays for `"requiresCompatibilities": |`. */
export function compatibilityValues(): ValueSuggestion[] {
  return COMPATIBILITY_VALUES.map((v, i) => ({
    label: `["${v.value}"]`,
    value: arr(str(v.value)),
    detail: v.doc,
    itemKind: 'enum',
    sortText: String(i),
  }));
}

export function containerKeys(c: PortContext): KeySuggestion[] {
  if (c.present.has('portMappings') || c.view.mode === 'none') return [];
  const first = mappingSnippets(c)[0];
  if (!first) return [];
  return [
    {
      key: 'portMappings',
      value: arr(first.value),
      detail: 'The ports of this container reachable from outside it',
      sortText: '0',
      documentation: portMappingsDoc(c.view, undefined, c.spell),
    },
  ];
}

/** Whole arrays for `"portMappings": |`. */
export function portMappingsValues(c: PortContext): ValueSuggestion[] {
  return mappingSnippets(c).map((s) => ({ ...s, label: `[${s.label}]`, value: arr(s.value) }));
}

/** A new container for `containerDefinitions`: name, image, essential, and a port mapping that fits the mode. */
export function containerSnippets(c: PortContext): ValueSuggestion[] {
  const entries: [string, SnippetValue][] = [
    ['name', str('app', 1)],
    ['image', str('nginx:latest', 2)],
    ['essential', { kind: 'boolean', value: true }],
  ];
  const mapping = mappingSnippets(c)[0];
  if (mapping) entries.push(['portMappings', arr(shiftTabs(mapping.value, 2))]);
  const mode = c.view.mode === 'nat' ? 'the Windows default (NAT)' : c.view.mode ? `${c.view.mode} mode` : 'any network mode';
  const detail = mapping ? `Name, image and a port mapping for ${mode}` : 'Name, image and essential';
  return [{ label: 'container', value: { kind: 'object', entries }, detail, itemKind: 'snippet' }];
}
