import { asArray, pathOf } from '../model/nodes';
import type { TrafficModel } from '../traffic';
import { bindingOf } from '../traffic/lb-binding';
import { allows, ingressRules } from '../traffic/security-groups';
import { SECURITY_GROUP_TYPE } from '../traffic/template';
import { terraformAllows } from '../traffic/terraform-security-groups';
import { keyRange, propRange } from './ranges';
import type { Fix, Rule, ServiceContext } from './types';
import { serviceName } from './util/services';
import { listText } from './util/list';

export const serviceSecurityGroupIngress: Rule = {
  id: 'service-security-group-ingress',
  severity: 'warning',
  title: 'The security groups of an awsvpc service should let its load balancer reach the container port.',
  why: "In awsvpc mode the load balancer sends traffic and health checks straight to the task's network interface on the container port, and the service's security groups decide what gets in. Without an ingress rule from the load balancer's security group (or a CIDR holding it) every health check times out and ECS keeps replacing the tasks.",
  checkService(ctx) {
    const { service } = ctx;
    if (service.kind === 'terraform') return checkTerraform(ctx);
    const graph = ctx.traffic.template;
    const sgProp = service.securityGroupsProp;
    const list = asArray(sgProp?.value);
    if (!graph || !sgProp || !list || service.task?.networkMode.effective !== 'awsvpc') return;
    const groups: string[] = [];
    for (const item of list.items) {
      const sg = graph.resolve(item, SECURITY_GROUP_TYPE);
      if (!sg) return;
      groups.push(sg.id);
    }
    const rules = groups.map((g) => ingressRules(graph, g));
    if (groups.length === 0 || rules.some((r) => r === undefined)) return;
    const reported = new Set<string>();
    for (const target of service.targets) {
      const tg = target.targetGroup;
      const binding = bindingOf(service, target);
      if (!tg || tg.unknownSources || !binding || binding.hostPort === 'dynamic') continue;
      const port = binding.hostPort;
      for (const lb of tg.loadBalancers) {
        const sources = lb.securityGroups;
        if (!sources || sources.length === 0 || reported.has(`${lb.name}:${port}`)) continue;
        const answers = rules.flatMap((rs) => rs!.map((r) => allows(graph, r, port, sources)));
        if (answers.some((a) => a !== false)) continue;
        reported.add(`${lb.name}:${port}`);
        const via = listText(sources);
        ctx.report({
          range: propRange(sgProp),
          message: `No security group of ${serviceName(service)} (${listText(groups)}) lets load balancer ${lb.name} (security group ${via}) reach tcp port ${port}: its health checks and traffic will not get through.`,
          fixes: ingressFix(ctx.traffic, groups[0], sources[0], port),
          related: [{ ...keyRange(graph.resources.get(groups[0])!.keyProp), message: `security group ${groups[0]}` }],
        });
      }
    }
  },
};

/**
 * The same check on a .tf file: groups, their ingress and the load balancer's groups are read from this file
 * only. Its target groups always keep `unknownSources` (listener rules of other files may forward to them),
 * but a load balancer whose listener in this file forwards there still needs to get through. No fix is offered.
 */
function checkTerraform(ctx: ServiceContext): void {
  const { service } = ctx;
  const sgs = ctx.traffic.terraformGroups;
  const sgProp = service.securityGroupsProp;
  if (!sgs || !sgProp || service.task?.networkMode.effective !== 'awsvpc') return;
  const groups = sgs.groupList(sgProp.value);
  if (!groups || groups.length === 0) return;
  const rules = groups.map((g) => sgs.ingress(g));
  if (rules.some((r) => r === undefined)) return;
  const reported = new Set<string>();
  for (const target of service.targets) {
    const tg = target.targetGroup;
    const binding = bindingOf(service, target);
    if (!tg || !binding || binding.hostPort === 'dynamic') continue;
    const port = binding.hostPort;
    for (const lb of tg.loadBalancers) {
      const sources = lb.securityGroups;
      if (!sources || sources.length === 0 || reported.has(`${lb.name}:${port}`)) continue;
      const answers = rules.flatMap((rs) => rs!.map((r) => terraformAllows(r, port, sources)));
      if (answers.some((a) => a !== false)) continue;
      reported.add(`${lb.name}:${port}`);
      ctx.report({
        range: propRange(sgProp),
        message: `No security group of ${serviceName(service)} (${listText(groups)}) lets load balancer ${lb.name} (security group ${listText(sources)}) reach tcp port ${port}: its health checks and traffic will not get through.`,
        related: [{ ...sgs.labelRange(groups[0])!, message: `security group ${groups[0]}` }],
      });
    }
  }
}

/** Adds an `AWS::EC2::SecurityGroupIngress` resource after the service's first security group. */
function ingressFix(traffic: TrafficModel, group: string, source: string, port: number): Fix[] {
  const graph = traffic.template!;
  if (!graph.resourcesNode) return [];
  let name = `${group}From${source}${port}`;
  for (let i = 2; graph.resources.has(name); i++) name = `${group}From${source}${port}x${i}`;
  const value = {
    Type: 'AWS::EC2::SecurityGroupIngress',
    Properties: {
      GroupId: { 'Fn::GetAtt': [group, 'GroupId'] },
      IpProtocol: 'tcp',
      FromPort: port,
      ToPort: port,
      SourceSecurityGroupId: { 'Fn::GetAtt': [source, 'GroupId'] },
    },
  };
  return [
    {
      title: `Add an ingress rule to ${group}: tcp ${port} from ${source}`,
      isPreferred: true,
      edits: [{ op: 'insert', path: pathOf(graph.resourcesNode), key: name, value, after: [group] }],
    },
  ];
}
