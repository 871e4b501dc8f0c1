/** Texts, ranges and fixes the cross-resource (service) rules share. */
import { type PropertyNode, pathOf } from '../../model/nodes';
import type { ServiceModel, TargetGroupModel } from '../../traffic/model';
import type { TrafficModel } from '../../traffic';
import { keyRange } from '../ranges';
import type { Fix, RelatedInfo } from '../types';

/** `task definition TaskDef` / `task definition in web-taskdef.json`. */
export function taskName(service: ServiceModel): string {
  if (!service.taskLabel) return 'the task definition';
  return service.kind === 'cloudformation' || service.kind === 'terraform'
    ? `task definition ${service.taskLabel}`
    : `the task definition in ${service.taskLabel}`;
}

/** `service Web` (CloudFormation) / `service aws_ecs_service.web` (Terraform) / `the service` (a service file). */
export function serviceName(service: ServiceModel): string {
  if (service.kind === 'cloudformation' || service.kind === 'terraform') return `service ${service.name}`;
  return service.kind === 'appspec' ? 'the AppSpec' : 'the service';
}

/** Sets a property's value (a fix). */
export function setFix(title: string, prop: PropertyNode, value: unknown, isPreferred = false): Fix {
  return { title, ...(isPreferred ? { isPreferred } : {}), edits: [{ op: 'set', path: pathOf(prop.value!), value }] };
}

/** A related location inside the task definition, only when it is in the same document. */
export function taskRelated(service: ServiceModel, prop: PropertyNode | undefined, message: string): RelatedInfo[] {
  return service.taskIsLocal && prop ? [{ ...keyRange(prop), message }] : [];
}

export const quote = (s: string) => JSON.stringify(s);

export const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/** A target group argument as its file spells it (`TargetType` / `target_type`, `HealthCheckPort` / `health_check.port`). */
export function targetGroupKey(tg: TargetGroupModel, key: 'TargetType' | 'HealthCheckPort'): string {
  if (!tg.terraform) return key;
  return key === 'TargetType' ? 'target_type' : 'health_check.port';
}

/** True when `service` is the first service of the document that sends traffic to this target group (one report per group). */
export function firstUserOf(traffic: TrafficModel, service: ServiceModel, tg: TargetGroupModel): boolean {
  return traffic.services.find((s) => s.targets.some((t) => t.targetGroup === tg)) === service;
}
