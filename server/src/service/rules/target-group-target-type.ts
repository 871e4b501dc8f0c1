import { pathOf } from '../model/nodes';
import type { ContainerTarget } from '../traffic/model';
import { propRange } from './ranges';
import type { Fix, Rule, ServiceContext } from './types';
import { firstUserOf, serviceName, targetGroupKey, taskName } from './util/services';

export const targetGroupTargetType: Rule = {
  id: 'target-group-target-type',
  severity: 'error',
  title: 'A target group in front of an awsvpc task must have TargetType ip; in front of a bridge or host task, instance.',
  why: 'In awsvpc mode each task has its own network interface and is registered with the target group by IP address; in bridge and host mode ECS registers the container instance and a port. CloudFormation creates target groups with TargetType instance unless told otherwise, and ECS refuses a target group whose type does not fit the network mode.',
  awsError:
    'The provided target group <arn> has target type instance, which is incompatible with the awsvpc network mode specified in the task definition.',
  checkService(ctx) {
    // One report per target group, also when several load balancer entries of the service use it.
    const seen = new Set<object>();
    for (const target of ctx.service.targets) {
      if (target.targetGroup && seen.has(target.targetGroup)) continue;
      if (target.targetGroup) seen.add(target.targetGroup);
      check(ctx, target);
    }
  },
};

function check(ctx: ServiceContext, target: ContainerTarget): void {
  const { service } = ctx;
  const tg = target.targetGroup;
  const mode = service.task?.networkMode.effective;
  if (!tg || !mode || !tg.targetType || !firstUserOf(ctx.traffic, service, tg)) return;
  const want = mode === 'awsvpc' ? 'ip' : mode === 'bridge' || mode === 'host' ? 'instance' : undefined;
  if (!want || tg.targetType === want || (tg.targetType !== 'ip' && tg.targetType !== 'instance')) return;
  const fixes: Fix[] = [];
  const tt = targetGroupKey(tg, 'TargetType');
  const title = `Set ${tt} to ${want}`;
  if (tg.targetTypeProp?.value)
    fixes.push({ title, isPreferred: true, edits: [{ op: 'set', path: pathOf(tg.targetTypeProp.value), value: want }] });
  else if (tg.properties)
    fixes.push({ title, isPreferred: true, edits: [{ op: 'insert', path: pathOf(tg.properties), key: tt, value: want }] });
  const written = tg.targetTypeProp ? `has ${tt} ${tg.targetType}` : `has no ${tt} (instance)`;
  ctx.report({
    range: tg.targetTypeProp ? propRange(tg.targetTypeProp) : tg.keyRange,
    message: `Target group ${tg.name} ${written}, but ${serviceName(service)} runs ${taskName(service)} in ${mode} mode, which needs ${tt} ${want}.`,
    awsError: `The provided target group ${tg.name} has target type ${tg.targetType}, which is incompatible with the ${mode} network mode specified in the task definition.`,
    fixes,
  });
}
