/**
 * Security group ingress in one template: which rules apply to a group (inline `SecurityGroupIngress`
 * and `AWS::EC2::SecurityGroupIngress` resources) and whether they let a source group reach a TCP
 * port. Every answer is `undefined` when something on the way cannot be read.
 */
import { type ObjectNode, type ValueNode, asArray, asObject, get, getProperty, stringValue } from '../model/nodes';
import { INGRESS_TYPE, SECURITY_GROUP_TYPE, type TemplateGraph } from './template';

/** The ingress rules of group `id`, or undefined when some rule might apply that cannot be read. */
export function ingressRules(graph: TemplateGraph, id: string): ObjectNode[] | undefined {
  const sg = graph.resources.get(id);
  if (sg?.type !== SECURITY_GROUP_TYPE || graph.isShared(id)) return undefined;
  const rules: ObjectNode[] = [];
  const inline = get(sg.properties, 'SecurityGroupIngress');
  if (inline) {
    const list = asArray(inline);
    if (!list) return undefined;
    for (const item of list.items) {
      const rule = asObject(item);
      if (!rule) return undefined;
      rules.push(rule);
    }
  }
  for (const res of graph.ofType(INGRESS_TYPE)) {
    if (!res.properties) return undefined;
    const group = graph.resolve(get(res.properties, 'GroupId'), SECURITY_GROUP_TYPE);
    if (!group) return undefined; // a group we cannot see might be ours
    if (group.id === id) rules.push(res.properties);
  }
  return rules;
}

/** Does this rule let TCP `port` in from security group `source`? undefined when it cannot be told. */
export function allows(graph: TemplateGraph, rule: ObjectNode, port: number, sources: string[]): boolean | undefined {
  const proto = get(rule, 'IpProtocol');
  const p = proto?.type === 'number' ? String(proto.value) : stringValue(proto)?.toLowerCase();
  if (p === undefined) return undefined;
  if (p !== '-1' && p !== 'tcp' && p !== '6') return false;
  if (p !== '-1') {
    const from = portNumber(get(rule, 'FromPort'));
    const to = portNumber(get(rule, 'ToPort'));
    if (from === undefined || to === undefined) return undefined;
    if (from !== -1 && !(from <= port && port <= to)) return false;
  }
  // A CIDR or prefix list may well hold the load balancer's addresses: count it as allowing.
  if (
    getProperty(rule, 'CidrIp') ||
    getProperty(rule, 'CidrIpv6') ||
    getProperty(rule, 'SourcePrefixListId') ||
    getProperty(rule, 'SourceSecurityGroupName')
  )
    return true;
  const srcNode = get(rule, 'SourceSecurityGroupId');
  if (!srcNode) return undefined;
  const src = graph.resolve(srcNode, SECURITY_GROUP_TYPE);
  if (!src) return undefined;
  return sources.includes(src.id);
}

function portNumber(node: ValueNode | undefined): number | undefined {
  if (node?.type === 'number' && Number.isInteger(node.value)) return node.value;
  const s = stringValue(node);
  return s !== undefined && /^-?\d+$/.test(s) ? Number(s) : undefined;
}

/**
 * Who a rule lets in on TCP `port`, as a label for the port map (`10.0.0.0/16`, `LBSG`, `?`):
 * undefined when the rule does not cover the port.
 */
export function ruleSource(graph: TemplateGraph, rule: ObjectNode, port: number): string | undefined {
  const proto = get(rule, 'IpProtocol');
  const p = proto?.type === 'number' ? String(proto.value) : stringValue(proto)?.toLowerCase();
  if (p !== undefined && p !== '-1' && p !== 'tcp' && p !== '6') return undefined;
  if (p !== '-1' && p !== undefined) {
    const from = portNumber(get(rule, 'FromPort'));
    const to = portNumber(get(rule, 'ToPort'));
    if (from !== undefined && to !== undefined && from !== -1 && !(from <= port && port <= to)) return undefined;
  }
  for (const key of ['CidrIp', 'CidrIpv6', 'SourcePrefixListId', 'SourceSecurityGroupName']) {
    const v = get(rule, key);
    if (v) return stringValue(v) ?? '?';
  }
  const src = get(rule, 'SourceSecurityGroupId');
  return src ? (graph.reference(src)?.id ?? stringValue(src) ?? '?') : '?';
}
