import { type PropertyNode, pathOf } from '../model/nodes';
import { type PortReading, readAllPorts } from '../model/ports';
import type { TaskDefinitionModel } from '../model/taskdef';
import { propRange } from './ranges';
import type { Fix, Rule, RuleContext } from './types';

/** Host ports the ECS container agent reserves by default (amazon-ecs-agent config_unix.go / config_windows.go). */
export const RESERVED_LINUX: readonly number[] = [22, 2375, 2376, 51678, 51679, 51680];
export const RESERVED_WINDOWS: readonly number[] = [53, 135, 139, 445, 2375, 2376, 3389, 5985, 5986, 51678, 51679];

const LIST_TEXT = { linux: '22, 2375, 2376, 51678–51680', windows: '53, 135, 139, 445, 2375, 2376, 3389, 5985, 5986, 51678, 51679' };

export interface StaticHostPort {
  reading: PortReading;
  port: number;
  /** The property that decides the host port (hostPort, or containerPort in host mode). */
  prop: PropertyNode;
  /** True when the mapping may be made dynamic by removing hostPort. */
  canBeDynamic: boolean;
}

/**
 * The static host ports a task on an EC2 instance binds: a non-zero hostPort in bridge (and in
 * Windows' default NAT mode), the container port in host mode. Empty on Fargate or when unknown.
 */
export function staticHostPorts(task: TaskDefinitionModel): { os: 'linux' | 'windows'; ports: StaticHostPort[] } | undefined {
  if (task.fargate !== false) return undefined;
  const mode = task.networkMode.effective;
  const os = task.os;
  if (os === 'unknown') return undefined;
  const applies = os === 'linux' ? mode === 'bridge' || mode === 'host' : mode === 'nat';
  if (!applies) return undefined;
  const ports: StaticHostPort[] = [];
  for (const reading of readAllPorts(task.containers)) {
    if (reading.rangeProp) continue; // ranges get their host ports from the ephemeral range
    if (mode === 'host') {
      const cp = reading.containerPort;
      if (cp === undefined || !reading.containerPortProp) continue;
      if (reading.hostPortProp && reading.hostPort !== cp) continue; // host-port-mismatch's (or unknown)
      ports.push({ reading, port: cp, prop: reading.hostPortProp ?? reading.containerPortProp, canBeDynamic: false });
    } else {
      const hp = reading.hostPort;
      if (hp === undefined || hp === 0 || !reading.hostPortProp) continue;
      ports.push({ reading, port: hp, prop: reading.hostPortProp, canBeDynamic: true });
    }
  }
  return { os, ports };
}

export function isReservedHostPort(os: 'linux' | 'windows', port: number): boolean {
  return (os === 'linux' ? RESERVED_LINUX : RESERVED_WINDOWS).includes(port);
}

export function makeDynamicFix(ctx: RuleContext, prop: PropertyNode): Fix {
  const hp = ctx.spell('hostPort');
  return { title: `Make it dynamic (remove ${hp})`, edits: [{ op: 'remove', path: pathOf(prop) }] };
}

export const reservedHostPort: Rule = {
  id: 'reserved-host-port',
  severity: 'warning',
  title: 'A static host port that the ECS container agent reserves on every instance.',
  why: 'The ECS container agent reserves some host ports on each container instance (SSH, the Docker daemon, the agent\'s own ports). ECS treats them as taken, so a task that needs one is never placed: the service reports that no container instance met its requirements, RunTask fails with RESOURCE:PORTS.',
  awsError: '… was unable to place a task because no container instance met all of its requirements. The closest matching container-instance … is already using a port required by your task.',
  check(ctx) {
    const found = staticHostPorts(ctx.task);
    if (!found) return;
    const { os } = found;
    for (const sp of found.ports) {
      if (!isReservedHostPort(os, sp.port)) continue;
      const what = sp.prop.key === 'hostPort' ? `${ctx.spell('hostPort')} ${sp.port}` : `${ctx.spell('containerPort')} ${sp.port} (the host port in host mode)`;
      const system = os === 'linux' ? 'Linux' : 'Windows';
      ctx.report({
        range: propRange(sp.prop),
        message: `${what} is reserved by the ECS container agent on ${system} container instances (${LIST_TEXT[os]}), so ECS will not place the task on any instance.`,
        fixes: sp.canBeDynamic ? [makeDynamicFix(ctx, sp.prop)] : [],
      });
    }
  },
};
