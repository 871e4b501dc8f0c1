/**
 * What a port-mapping field means, written for the task's network mode, with the
 * binding the mapping produces.
 */
import type { PortReading } from '../../model/ports';
import type { ModeName, ModeView } from './mode';
import { bindingLine } from './binding';
import { code, paragraphs } from './markdown';

export const PORT_MAPPING_FIELDS = ['containerPort', 'hostPort', 'protocol', 'name', 'appProtocol', 'containerPortRange'] as const;
export type PortMappingField = (typeof PORT_MAPPING_FIELDS)[number];

export function isPortMappingField(key: string): key is PortMappingField {
  return (PORT_MAPPING_FIELDS as readonly string[]).includes(key);
}

export interface PortFieldDocInput {
  field: PortMappingField;
  view: ModeView;
  /** The mapping, when the model has it. */
  port?: PortReading;
  containerName?: string;
  spell: (k: string) => string;
}

type ModeTexts = Partial<Record<ModeName | 'unknown', string>>;

function pick(texts: ModeTexts, mode: ModeName | undefined): string | undefined {
  return texts[mode ?? 'unknown'];
}

function intro(field: PortMappingField, k: (s: string) => string): string {
  switch (field) {
    case 'containerPort':
      return 'The port the application listens on inside the container (1–65535).';
    case 'hostPort':
      return `The port on the host side that traffic arrives on and is forwarded to ${k('containerPort')}.`;
    case 'protocol':
      return 'The transport protocol: `tcp` (the default when omitted) or `udp`. Service Connect supports only tcp.';
    case 'name':
      return "A name for this mapping. Service Connect (the service's `portName`) and VPC Lattice refer to the port by it; nothing else uses it. Lower-case letters, digits, `_` and `-`, up to 64 characters, not starting with `-`.";
    case 'appProtocol':
      return `The application protocol Service Connect's proxy should expect: \`http\`, \`http2\` or \`grpc\`. It turns on protocol-aware handling and metrics, and matters only with a ${k('name')} in a Service Connect service. Omit it for plain TCP.`;
    case 'containerPortRange':
      return `A range of container ports written \`"first-last"\` (e.g. \`"8000-8010"\`), mapped in one mapping. Leave ${k('hostPort')} and ${k('containerPort')} out of it.`;
  }
}

function modeText(field: PortMappingField, view: ModeView, k: (s: string) => string, containerPort?: number): string | undefined {
  const cp = containerPort !== undefined ? ` (${containerPort})` : '';
  switch (field) {
    case 'containerPort':
      return pick(
        {
          awsvpc:
            'The task has its own network interface, so this is also the port clients reach the task on: no translation, no host port to pick.' +
            (view.fargate ? ' On Fargate there is no instance; security groups decide who can reach it.' : ''),
          bridge: `Docker forwards a port of the instance to it: ${k('hostPort')} picks a fixed one; 0 or no ${k('hostPort')} gets a dynamic one from the ephemeral range.`,
          host: "The container shares the instance's network, so the application listens on this port of the instance itself.",
          none: 'The task has no external networking, so port mappings are not allowed.',
          nat: `Docker NAT forwards a port of the Windows instance to it: ${k('hostPort')} picks a fixed one; without it the port is dynamic.`,
          unknown: `Where it is reachable depends on the mode: as is in awsvpc and host mode; through ${k('hostPort')} or a dynamic port in bridge mode.`,
        },
        view.mode,
      );
    case 'hostPort':
      return pick(
        {
          awsvpc: `There is no port translation: omit it or repeat the ${k('containerPort')}${cp}. ECS rejects any other value, 0 included.`,
          bridge:
            'A non-zero value reserves that port on the container instance, so only one copy of the task fits on an instance. 0 or omitted gets a dynamic port from the ephemeral range, which lets several copies share an instance behind a load balancer.',
          host: `The container port is the instance port: omit it or repeat the ${k('containerPort')}${cp}. Only one copy of the task can run on an instance.`,
          none: 'Port mappings are not allowed in none mode.',
          nat: 'A non-zero value is a fixed port on the Windows instance; omit it to get a dynamic one.',
          unknown: `What is allowed depends on the mode: in awsvpc and host mode omit it or repeat the ${k('containerPort')}; in bridge mode a fixed port, or 0 for a dynamic one.`,
        },
        view.mode,
      );
    case 'protocol':
      return view.mode === 'none' ? 'Port mappings are not allowed in none mode.' : undefined;
    case 'name':
    case 'appProtocol':
      if (view.windows) return 'Service Connect does not support Windows containers.';
      return pick(
        {
          awsvpc: 'Service Connect works in awsvpc mode.',
          bridge: 'Service Connect works in bridge mode.',
          host: 'Service Connect does not work in host mode.',
          none: 'Service Connect does not work in none mode, and port mappings are not allowed there.',
        },
        view.mode,
      );
    case 'containerPortRange':
      return pick(
        {
          awsvpc: "The task's network interface exposes the same range.",
          bridge: 'ECS picks host ports for the range from the ephemeral range; DescribeTasks shows them as `hostPortRange`.',
          host: 'Port ranges work only in bridge and awsvpc mode, not in host mode.',
          none: 'Port ranges work only in bridge and awsvpc mode, and none mode allows no port mappings.',
          nat: 'Port ranges work only in bridge and awsvpc mode, not with the Windows default (NAT).',
          unknown: 'Port ranges work only in bridge and awsvpc mode.',
        },
        view.mode,
      );
  }
}

/** The explanation of one port-mapping field (markdown, without links): the hover body and the completion item documentation. */
export function portFieldDoc(input: PortFieldDocInput): string {
  const { field, view, port, spell } = input;
  const k = (s: string) => code(spell(s));
  const binding = port ? bindingLine(view.mode, port, input.containerName, spell) : undefined;
  const mode = modeText(field, view, k, port?.containerPort);
  return paragraphs(
    `**${spell(field)}** (port mapping)`,
    intro(field, k),
    mode ? `${view.line} ${mode}` : view.line,
    binding && `**Binding:** ${binding}`,
  );
}
