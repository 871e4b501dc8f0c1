/**
 * The resources of one CloudFormation template by logical id, and the links between them that
 * traffic follows: service → task definition, service → target group ← listener (rule) → load
 * balancer, and security groups with their ingress rules. Only same-template `Ref`/`GetAtt` links
 * are followed; everything else stays unknown.
 */
import {
  type ArrayNode,
  type ObjectNode,
  type PropertyNode,
  type ValueNode,
  asArray,
  asObject,
  get,
  getProperty,
  integerValue,
  stringValue,
} from '../model/nodes';
import type { LoadBalancerModel, TargetGroupModel } from './model';
import { type Reference, referenceOf } from './refs';

export const SERVICE_TYPE = 'AWS::ECS::Service';
export const TARGET_GROUP_TYPE = 'AWS::ElasticLoadBalancingV2::TargetGroup';
export const LOAD_BALANCER_TYPE = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
export const LISTENER_TYPE = 'AWS::ElasticLoadBalancingV2::Listener';
export const LISTENER_RULE_TYPE = 'AWS::ElasticLoadBalancingV2::ListenerRule';
export const SECURITY_GROUP_TYPE = 'AWS::EC2::SecurityGroup';
export const INGRESS_TYPE = 'AWS::EC2::SecurityGroupIngress';

export interface ResourceModel {
  id: string;
  keyProp: PropertyNode;
  type?: string;
  properties?: ObjectNode;
}

export class TemplateGraph {
  readonly resources = new Map<string, ResourceModel>();
  /** Logical ids that an `Outputs` entry exports: other stacks may attach to them. */
  readonly exported = new Set<string>();
  readonly resourcesNode?: ObjectNode;
  private readonly targetGroups = new Map<string, TargetGroupModel | undefined>();

  constructor(
    root: ObjectNode,
    private readonly source: string,
  ) {
    this.resourcesNode = asObject(get(root, 'Resources'));
    for (const p of this.resourcesNode?.properties ?? []) {
      const body = asObject(p.value);
      if (!body) continue;
      this.resources.set(p.rawKey, {
        id: p.rawKey,
        keyProp: p,
        type: stringValue(get(body, 'Type')),
        properties: asObject(get(body, 'Properties')),
      });
    }
    const outputs = getProperty(root, 'Outputs');
    if (outputs && outputs.value?.type !== 'object') this.exportsUnknown = true;
    for (const out of asObject(outputs?.value)?.properties ?? []) {
      const body = asObject(out.value);
      if (!body || !getProperty(body, 'Export')) continue;
      const ref = this.reference(get(body, 'Value'));
      if (ref) this.exported.add(ref.id);
      else this.exportsUnknown = true;
    }
  }

  /** Some export's value is not a plain reference: it may hand out any resource. */
  exportsUnknown = false;

  ofType(type: string): ResourceModel[] {
    return [...this.resources.values()].filter((r) => r.type === type);
  }

  /** The logical id (and attribute) a value refers to, when it is a plain Ref or GetAtt. */
  reference(node: ValueNode | undefined): Reference | undefined {
    return referenceOf(node, this.source);
  }

  /** The resource of `type` a value refers to; undefined when it is not a plain reference to one. */
  resolve(node: ValueNode | undefined, type: string): ResourceModel | undefined {
    const ref = this.reference(node);
    const res = ref && this.resources.get(ref.id);
    return res?.type === type ? res : undefined;
  }

  /** May another stack attach rules or listeners to this resource? */
  isShared(id: string): boolean {
    return this.exported.has(id) || this.exportsUnknown;
  }

  targetGroup(node: ValueNode | undefined): TargetGroupModel | undefined {
    const res = this.resolve(node, TARGET_GROUP_TYPE);
    if (!res) return undefined;
    if (!this.targetGroups.has(res.id)) this.targetGroups.set(res.id, this.readTargetGroup(res));
    return this.targetGroups.get(res.id);
  }

  private readTargetGroup(res: ResourceModel): TargetGroupModel {
    const props = res.properties;
    const targetTypeProp = getProperty(props, 'TargetType');
    const hcProp = getProperty(props, 'HealthCheckPort');
    const tg: TargetGroupModel = {
      name: res.id,
      keyRange: { offset: res.keyProp.keyOffset, length: res.keyProp.keyLength },
      properties: props,
      targetTypeProp,
      targetType: targetTypeProp ? stringValue(targetTypeProp.value) : 'instance',
      healthCheckPortProp: hcProp,
      healthCheckPort: hcProp ? healthCheckPort(hcProp.value) : 'traffic-port',
      loadBalancers: [],
      unknownSources: this.isShared(res.id),
    };
    this.linkListeners(tg);
    return tg;
  }

  /** Fills in the load balancers whose listeners (or listener rules) forward to `tg`. */
  private linkListeners(tg: TargetGroupModel): void {
    const byLb = new Map<string, LoadBalancerModel>();
    const addListener = (listener: ResourceModel | undefined, port: ValueNode | undefined, protocol: ValueNode | undefined) => {
      const lbRes = listener && this.resolve(get(listener.properties, 'LoadBalancerArn'), LOAD_BALANCER_TYPE);
      if (!lbRes) {
        tg.unknownSources = true;
        return;
      }
      let lb = byLb.get(lbRes.id);
      if (!lb) byLb.set(lbRes.id, (lb = this.readLoadBalancer(lbRes)));
      const p = integerValue(port);
      if (p !== undefined) lb.listenerPorts.push({ port: p, protocol: stringValue(protocol) });
    };
    let found = false;
    for (const listener of this.ofType(LISTENER_TYPE)) {
      const forwards = this.forwardsTo(asArray(get(listener.properties, 'DefaultActions')), tg.name);
      if (forwards === 'unknown') tg.unknownSources = true;
      if (forwards !== true) continue;
      found = true;
      addListener(listener, get(listener.properties, 'Port'), get(listener.properties, 'Protocol'));
    }
    for (const rule of this.ofType(LISTENER_RULE_TYPE)) {
      const forwards = this.forwardsTo(asArray(get(rule.properties, 'Actions')), tg.name);
      if (forwards === 'unknown') tg.unknownSources = true;
      if (forwards !== true) continue;
      found = true;
      const listener = this.resolve(get(rule.properties, 'ListenerArn'), LISTENER_TYPE);
      addListener(listener, get(listener?.properties, 'Port'), get(listener?.properties, 'Protocol'));
    }
    if (!found) tg.unknownSources = true;
    tg.loadBalancers = [...byLb.values()];
  }

  /** Does one of these listener actions forward to target group `id`? 'unknown' when an action cannot be read. */
  private forwardsTo(actions: ArrayNode | undefined, id: string): boolean | 'unknown' {
    if (!actions) return false;
    let unknown = false;
    const check = (node: ValueNode | undefined) => {
      if (!node) return false;
      const ref = this.reference(node);
      if (ref) return ref.id === id;
      if (node.type !== 'string') unknown = true;
      return false;
    };
    for (const item of actions.items) {
      const action = asObject(item);
      if (!action) {
        unknown = true;
        continue;
      }
      if (check(get(action, 'TargetGroupArn'))) return true;
      const groups = asArray(get(asObject(get(action, 'ForwardConfig')), 'TargetGroups'));
      for (const g of groups?.items ?? []) if (check(get(asObject(g), 'TargetGroupArn'))) return true;
    }
    return unknown ? 'unknown' : false;
  }

  private readLoadBalancer(res: ResourceModel): LoadBalancerModel {
    const typeNode = get(res.properties, 'Type');
    const type = typeNode ? (stringValue(typeNode) ?? 'unknown') : 'application';
    const sgNode = get(res.properties, 'SecurityGroups');
    let securityGroups: string[] | undefined;
    const list = asArray(sgNode);
    if (list) {
      securityGroups = [];
      for (const item of list.items) {
        const sg = this.resolve(item, SECURITY_GROUP_TYPE);
        if (!sg) {
          securityGroups = undefined;
          break;
        }
        securityGroups.push(sg.id);
      }
    } else if (!sgNode && type === 'network') {
      securityGroups = [];
    }
    return { name: res.id, type, securityGroups, listenerPorts: [] };
  }
}

/** `HealthCheckPort`: a port number (CloudFormation writes it as a string) or `traffic-port`. */
function healthCheckPort(node: ValueNode | undefined): number | 'traffic-port' | undefined {
  if (node?.type === 'number') return integerValue(node);
  const s = stringValue(node);
  if (s === 'traffic-port') return 'traffic-port';
  return s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined;
}
