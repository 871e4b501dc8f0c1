/** Completion inside `portMappings`: the missing keys, their values, and whole mappings that fit the mode. */
import type { ModeView } from '../knowledge/mode';
import { type PortMappingField, portFieldDoc } from '../knowledge/port-fields';
import { APP_PROTOCOL_VALUES, PROTOCOL_VALUES } from '../knowledge/values';
import { type SnippetValue, choice, num, obj, stop, str } from './snippet';
import type { KeySuggestion, Scalar, ValueSuggestion } from './types';

export interface PortContext {
  view: ModeView;
  present: Set<string>;
  siblings: Map<string, Scalar>;
  containerName?: string;
  spell(k: string): string;
}

const DEFAULT_PORT = 8080;

function containerPortOf(c: PortContext): number | undefined {
  const v = c.siblings.get('containerPort');
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** Service Connect allows lower-case letters, digits, `_` and `-`, not starting with `-`. */
export function portNameFor(container: string | undefined, port: number | undefined): string {
  const base =
    (container ?? 'app')
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^-+/, '') || 'app';
  return (port !== undefined ? `${base}-${port}` : base).slice(0, 64);
}

const serviceConnectOk = (c: PortContext) => !c.view.windows && c.view.mode !== 'host' && c.view.mode !== 'none';
const rangeOk = (c: PortContext) => c.view.mode === 'awsvpc' || c.view.mode === 'bridge' || c.view.mode === undefined;
const dynamicHostPorts = (c: PortContext) => c.view.mode === 'bridge' || c.view.mode === 'nat';

function key(c: PortContext, field: PortMappingField, value: SnippetValue, detail: string, sortText: string): KeySuggestion {
  return { key: field, value, detail, sortText, documentation: portFieldDoc({ field, view: c.view, spell: c.spell }) };
}

export function portMappingKeys(c: PortContext): KeySuggestion[] {
  const k = c.spell;
  const has = (f: string) => c.present.has(f);
  const usesRange = has('containerPortRange');
  const cp = containerPortOf(c);
  const out: KeySuggestion[] = [];
  if (!has('containerPort') && !usesRange) {
    out.push(key(c, 'containerPort', num(DEFAULT_PORT, 1), 'The port the application listens on in the container', '0'));
  }
  if (!has('hostPort') && !usesRange && c.view.mode !== 'none') {
    if (dynamicHostPorts(c)) {
      out.push(key(c, 'hostPort', num(0, 1), `0 = a dynamic host port; or a fixed instance port`, '1'));
    } else {
      const detail =
        c.view.mode === undefined
          ? `Same as ${k('containerPort')} fits every network mode`
          : `Must equal ${k('containerPort')} in ${c.view.mode} mode (or leave it out)`;
      out.push(key(c, 'hostPort', cp !== undefined ? num(cp, 1) : stop(1), detail, '5'));
    }
  }
  if (!has('protocol')) out.push(key(c, 'protocol', choice(['tcp', 'udp']), 'tcp (default) or udp', '2'));
  if (!has('containerPortRange') && !has('containerPort') && rangeOk(c)) {
    out.push(key(c, 'containerPortRange', str('8000-8010', 1), `A range of container ports, "first-last" (bridge or awsvpc)`, '6'));
  }
  if (serviceConnectOk(c)) {
    if (!has('name')) out.push(key(c, 'name', str(portNameFor(c.containerName, cp), 1), 'Port name for Service Connect', '3'));
    if (!has('appProtocol'))
      out.push(key(c, 'appProtocol', choice(['http', 'http2', 'grpc']), 'Service Connect protocol: http, http2 or grpc', '4'));
  }
  return out;
}

export function portMappingValues(field: string, c: PortContext): ValueSuggestion[] {
  const enumValues = (values: { value: string; doc: string }[]): ValueSuggestion[] =>
    values.map((v, i) => ({ label: v.value, value: str(v.value), detail: v.doc, itemKind: 'enum', sortText: String(i) }));
  switch (field) {
    case 'protocol':
      return enumValues(PROTOCOL_VALUES);
    case 'appProtocol':
      return enumValues(APP_PROTOCOL_VALUES);
    case 'hostPort':
      return hostPortValues(c);
    case 'name': {
      const name = portNameFor(c.containerName, containerPortOf(c));
      return [
        { label: name, value: str(name), detail: 'Container name and port, in the characters Service Connect allows', itemKind: 'value' },
      ];
    }
    default:
      return [];
  }
}

function hostPortValues(c: PortContext): ValueSuggestion[] {
  const cp = containerPortOf(c);
  const k = c.spell;
  const out: ValueSuggestion[] = [];
  if (dynamicHostPorts(c)) {
    out.push({
      label: '0',
      value: num(0),
      detail: 'Dynamic: a free host port from the ephemeral range, so copies of the task can share an instance',
      itemKind: 'value',
      sortText: '0',
      preselect: true,
    });
    if (cp !== undefined)
      out.push({
        label: String(cp),
        value: num(cp),
        detail: `Fixed: instance port ${cp}, the same as ${k('containerPort')} (one task per instance)`,
        itemKind: 'value',
        sortText: '1',
      });
    return out;
  }
  if (cp !== undefined && c.view.mode !== 'none') {
    const why = c.view.mode === undefined ? 'valid in every network mode' : `the only value allowed in ${c.view.mode} mode`;
    out.push({
      label: String(cp),
      value: num(cp),
      detail: `The ${k('containerPort')}: ${why}`,
      itemKind: 'value',
      sortText: '0',
      preselect: true,
    });
  }
  return out;
}

/** Whole port mappings for a new item of `portMappings`, fitting the network mode. */
export function mappingSnippets(c: PortContext): ValueSuggestion[] {
  const k = c.spell;
  const mode = c.view.mode;
  if (mode === 'none') return [];
  const tcp = (tab: number) => choice(['tcp', 'udp'], tab);
  const out: ValueSuggestion[] = [];
  const add = (label: string, detail: string, value: SnippetValue) =>
    out.push({ label, detail, value, itemKind: 'snippet', sortText: String(out.length) });
  if (dynamicHostPorts(c)) {
    add(
      'port mapping: dynamic host port',
      `${mode}: ${k('hostPort')} 0 = a dynamic host port from the ephemeral range`,
      obj(['containerPort', num(DEFAULT_PORT, 1)], ['hostPort', num(0)], ['protocol', tcp(2)]),
    );
    add(
      'port mapping: fixed host port',
      `${mode}: a fixed instance port (one task per instance)`,
      obj(['containerPort', num(DEFAULT_PORT, 1)], ['hostPort', num(80, 2)], ['protocol', tcp(3)]),
    );
  } else {
    const detail =
      mode === 'awsvpc'
        ? `awsvpc: the task's network interface exposes ${k('containerPort')} itself; no ${k('hostPort')}`
        : mode === 'host'
          ? `host: the instance port is the ${k('containerPort')}; no ${k('hostPort')}`
          : `${k('containerPort')} and ${k('protocol')}: fits every network mode`;
    add('port mapping', detail, obj(['containerPort', num(DEFAULT_PORT, 1)], ['protocol', tcp(2)]));
  }
  if (serviceConnectOk(c)) {
    const entries: [string, SnippetValue][] = [
      ['name', str(portNameFor(c.containerName, undefined), 1)],
      ['containerPort', num(DEFAULT_PORT, 2)],
    ];
    if (dynamicHostPorts(c)) entries.push(['hostPort', num(0)]);
    entries.push(['protocol', str('tcp')], ['appProtocol', choice(['http', 'http2', 'grpc'], 3)]);
    add('port mapping: Service Connect', 'A named port with an application protocol, for Service Connect', obj(...entries));
  }
  if (rangeOk(c)) {
    add(
      'port range',
      `A range of container ports (bridge or awsvpc), no ${k('hostPort')}`,
      obj(['containerPortRange', str('8000-8010', 1)], ['protocol', tcp(2)]),
    );
  }
  return out;
}
