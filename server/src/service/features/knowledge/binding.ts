/**
 * The binding a port mapping produces in a network mode, in one line of markdown:
 * `task ENI port 8080/tcp → container \`web\` port 8080`.
 */
import type { PropertyNode } from '../../model/nodes';
import type { PortReading } from '../../model/ports';
import type { ModeName } from './mode';

const code = (s: string) => `\`${s}\``;

/** A port value as text: the number, a placeholder in code, or undefined when absent/unusable. */
function portText(prop: PropertyNode | undefined, value: number | undefined): string | undefined {
  if (value !== undefined) return String(value);
  if (prop?.value?.type === 'unknown') return code(prop.value.text);
  return undefined;
}

export function bindingLine(
  mode: ModeName | undefined,
  port: PortReading,
  containerName: string | undefined,
  spell: (k: string) => string,
): string {
  const who = containerName !== undefined ? `container ${code(containerName)}` : 'the container';
  const proto = port.protocol ? `/${port.protocol}` : '';
  const protoWord = port.protocol ? ` (${port.protocol})` : '';
  const range = port.range ? `${port.range.first}-${port.range.last}` : undefined;
  const rangeProp = port.rangeProp?.value;
  const rangeText = range ?? (rangeProp?.type === 'unknown' ? code(rangeProp.text) : undefined);
  const cp = portText(port.containerPortProp, port.containerPort);
  const hp = portText(port.hostPortProp, port.hostPort);
  if (mode === 'none') return `No binding: port mappings are not allowed in none mode.`;
  if (rangeText) {
    if (mode === 'awsvpc') return `task ENI ports ${rangeText}${proto} → ${who} ports ${rangeText}`;
    if (mode === 'bridge') return `host ports picked from the ephemeral range${protoWord} → ${who} ports ${rangeText}`;
    if (mode === 'host' || mode === 'nat') return `No binding: ${code(spell('containerPortRange'))} works only in bridge and awsvpc mode.`;
    return `ports ${rangeText}${proto} → ${who} (how depends on the network mode)`;
  }
  if (cp === undefined) return `No binding yet: this mapping has no ${code(spell('containerPort'))}.`;
  const dynamic = port.hostPortProp === undefined || port.hostPort === 0 || port.hostPortProp.value?.type === 'null';
  switch (mode) {
    case 'awsvpc': {
      const mismatch =
        port.hostPort !== undefined && port.containerPort !== undefined && port.hostPort !== port.containerPort
          ? ` (${code(spell('hostPort'))} ${port.hostPort} must be omitted or ${cp})`
          : '';
      return `task ENI port ${cp}${proto} → ${who} port ${cp}${mismatch}`;
    }
    case 'host': {
      const mismatch =
        port.hostPort !== undefined && port.containerPort !== undefined && port.hostPort !== port.containerPort
          ? ` (${code(spell('hostPort'))} ${port.hostPort} must be omitted or ${cp})`
          : '';
      return `instance port ${cp}${proto} → ${who} port ${cp}${mismatch}`;
    }
    case 'bridge':
      return dynamic
        ? `a dynamic host port from the ephemeral range${protoWord} → ${who} port ${cp}`
        : `instance port ${hp ?? '?'}${proto} → ${who} port ${cp}`;
    case 'nat':
      return dynamic
        ? `a dynamic host port (Docker NAT)${protoWord} → ${who} port ${cp}`
        : `instance port ${hp ?? '?'}${proto} (Docker NAT) → ${who} port ${cp}`;
    default: {
      const bridge = dynamic ? 'a dynamic host port' : `instance port ${hp ?? '?'}`;
      return `depends on the network mode: port ${cp}${proto} as is in awsvpc or host mode; ${bridge} → ${cp} in bridge mode`;
    }
  }
}
