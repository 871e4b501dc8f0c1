/**
 * Security group ingress in one .tf file: the `aws_security_group` resources a value refers to, their
 * inline `ingress` blocks and the `aws_security_group_rule` (type = "ingress") and
 * `aws_vpc_security_group_ingress_rule` resources that attach to them. Only plain references
 * (`aws_security_group.NAME.id`) to a group of this file are followed. Every answer is `undefined` when
 * something on the way cannot be read: a variable, a data source, `dynamic "ingress"`, `count`/`for_each`,
 * an `ingress = […]` argument, `lifecycle { ignore_changes }` naming ingress, or a group whose ingress is
 * not written in this file at all (it may be managed elsewhere).
 */
import type { AnalyzedDocument } from '../model/document';
import { type ObjectNode, type ValueNode, asArray, asObject, getProperty, integerValue, stringValue } from '../model/nodes';
import type { TerraformBlockSpec, TerraformResourceBlock } from '../model/terraform';
import { readTerraformResource } from '../model/terraform';
import { type HclNode, firstOf } from '../parse/hcl';
import { attrName, hasArgument, isRepeated, referenceText, resourcesByAddress } from './terraform-refs';

export const TERRAFORM_SECURITY_GROUP_TYPE = 'aws_security_group';
const SG_RULE_TYPE = 'aws_security_group_rule';
const VPC_INGRESS_TYPE = 'aws_vpc_security_group_ingress_rule';
const SG_REF = /^aws_security_group\.([A-Za-z_][A-Za-z0-9_-]*)\.id$/;

/** One ingress rule: protocol as written (lower case), ports, and who it lets in. */
export interface TerraformIngress {
  protocol?: string;
  from?: number;
  to?: number;
  /** A CIDR block or prefix list: it may well hold the load balancer's addresses. */
  cidr: boolean;
  /** Source group addresses; `undefined` entries cannot be read. */
  sources: (string | undefined)[];
}

const INGRESS_BLOCK: TerraformBlockSpec = {
  api: 'ingress',
  list: true,
  attrs: {
    from_port: ['from_port', 'n'],
    to_port: ['to_port', 'n'],
    protocol: ['protocol', 's'],
    cidr_blocks: ['cidr_blocks', 'list'],
    ipv6_cidr_blocks: ['ipv6_cidr_blocks', 'list'],
    prefix_list_ids: ['prefix_list_ids', 'list'],
    security_groups: ['security_groups', 'list'],
    self: ['self', 'b'],
  },
};
const GROUP_SPEC: TerraformBlockSpec = { api: '', attrs: {}, blocks: { ingress: INGRESS_BLOCK } };
const SG_RULE_SPEC: TerraformBlockSpec = {
  api: '',
  attrs: {
    ...INGRESS_BLOCK.attrs,
    type: ['type', 's'],
    security_group_id: ['security_group_id', 's'],
    source_security_group_id: ['source_security_group_id', 's'],
  },
};
const VPC_INGRESS_SPEC: TerraformBlockSpec = {
  api: '',
  attrs: {
    security_group_id: ['security_group_id', 's'],
    from_port: ['from_port', 'n'],
    to_port: ['to_port', 'n'],
    ip_protocol: ['ip_protocol', 's'],
    cidr_ipv4: ['cidr_ipv4', 's'],
    cidr_ipv6: ['cidr_ipv6', 's'],
    prefix_list_id: ['prefix_list_id', 's'],
    referenced_security_group_id: ['referenced_security_group_id', 's'],
  },
};

export class TerraformSecurityGroups {
  /** The groups of this file by address (an address written twice: undefined, followed by neither). */
  private readonly groups: Map<string, TerraformResourceBlock | undefined>;
  private readonly cache = new Map<string, TerraformIngress[] | undefined>();

  constructor(
    private readonly doc: AnalyzedDocument,
    private readonly resources: TerraformResourceBlock[],
  ) {
    this.groups = resourcesByAddress(resources, [TERRAFORM_SECURITY_GROUP_TYPE]);
  }

  /** The address of the group of this file a value refers to (`aws_security_group.web.id`). */
  group(value: ValueNode | undefined): string | undefined {
    const m = SG_REF.exec(referenceText(value) ?? '');
    const address = m ? `${TERRAFORM_SECURITY_GROUP_TYPE}.${m[1]}` : undefined;
    const res = address ? this.groups.get(address) : undefined;
    return res && !isRepeated(res, this.doc.text) ? address : undefined;
  }

  /** Every group a list refers to, or undefined when one of them is not a group of this file. */
  groupList(value: ValueNode | undefined): string[] | undefined {
    const list = asArray(value);
    if (!list) return undefined;
    const out: string[] = [];
    for (const item of list.items) {
      const g = this.group(item);
      if (!g) return undefined;
      out.push(g);
    }
    return out;
  }

  /** The ingress rules of the group, or undefined when some rule might apply that cannot be read. */
  ingress(address: string): TerraformIngress[] | undefined {
    if (!this.cache.has(address)) this.cache.set(address, this.readIngress(address));
    return this.cache.get(address);
  }

  /** The group's key (resource label) range, for related locations. */
  labelRange(address: string): { offset: number; length: number } | undefined {
    const res = this.groups.get(address);
    return res ? { offset: res.label.start, length: res.label.end - res.label.start } : undefined;
  }

  private readIngress(address: string): TerraformIngress[] | undefined {
    const res = this.groups.get(address);
    const text = this.doc.text;
    if (!res || hasArgument(res.block, text, ['ingress', 'count', 'for_each']) || ignoresIngress(res.block, text)) return undefined;
    const rules: TerraformIngress[] = [];
    const inline = getProperty(readTerraformResource(res, GROUP_SPEC, text), 'ingress');
    if (inline) {
      const list = asArray(inline.value); // a dynamic block leaves it unknown
      if (!list) return undefined;
      for (const item of list.items) {
        const obj = asObject(item);
        if (!obj) return undefined;
        rules.push(this.fromGroupRule(obj, address));
      }
    }
    for (const r of this.resources) {
      if (r.type !== SG_RULE_TYPE && r.type !== VPC_INGRESS_TYPE) continue;
      const vpc = r.type === VPC_INGRESS_TYPE;
      const props = readTerraformResource(r, vpc ? VPC_INGRESS_SPEC : SG_RULE_SPEC, text);
      if (!vpc) {
        const type = stringValue(getProperty(props, 'type')?.value);
        if (type === 'egress') continue;
        if (type !== 'ingress') return undefined;
      }
      const target = getProperty(props, 'security_group_id')?.value;
      const group = this.group(target);
      if (!group) return undefined; // a group we cannot see might be ours
      if (group !== address) continue;
      if (isRepeated(r, text)) return undefined;
      rules.push(vpc ? this.fromVpcRule(props) : this.fromGroupRule(props, address, 'source_security_group_id'));
    }
    // No ingress written here at all: it may be managed in another file or module.
    return rules.length > 0 ? rules : undefined;
  }

  private fromGroupRule(obj: ObjectNode, self: string, sourceKey?: string): TerraformIngress {
    const cidr = ['cidr_blocks', 'ipv6_cidr_blocks', 'prefix_list_ids'].some((k) => {
      const v = getProperty(obj, k)?.value;
      return v !== undefined && !(v.type === 'array' && v.items.length === 0);
    });
    const sources: (string | undefined)[] = [];
    const groups = getProperty(obj, 'security_groups')?.value;
    if (groups) {
      const list = asArray(groups);
      if (list) sources.push(...list.items.map((i) => this.group(i)));
      else sources.push(undefined);
    }
    if (sourceKey) {
      const src = getProperty(obj, sourceKey);
      if (src) sources.push(this.group(src.value));
    }
    const selfProp = getProperty(obj, 'self');
    if (selfProp) {
      if (selfProp.value?.type === 'boolean') {
        if (selfProp.value.value) sources.push(self);
      } else sources.push(undefined);
    }
    return { ...this.protocolAndPorts(obj, 'protocol'), cidr, sources };
  }

  private fromVpcRule(obj: ObjectNode): TerraformIngress {
    const cidr = ['cidr_ipv4', 'cidr_ipv6', 'prefix_list_id'].some((k) => getProperty(obj, k));
    const ref = getProperty(obj, 'referenced_security_group_id');
    return { ...this.protocolAndPorts(obj, 'ip_protocol'), cidr, sources: ref ? [this.group(ref.value)] : [] };
  }

  private protocolAndPorts(obj: ObjectNode, key: string): Pick<TerraformIngress, 'protocol' | 'from' | 'to'> {
    return {
      protocol: stringValue(getProperty(obj, key)?.value)?.toLowerCase(),
      from: integerValue(getProperty(obj, 'from_port')?.value),
      to: integerValue(getProperty(obj, 'to_port')?.value),
    };
  }
}

/** Does this rule let TCP `port` in from one of the groups `sources`? undefined when it cannot be told. */
export function terraformAllows(rule: TerraformIngress, port: number, sources: string[]): boolean | undefined {
  const p = rule.protocol;
  if (p === undefined) return undefined;
  if (p === '-1' || p === 'all') return allowsFrom(rule, sources);
  if (p !== 'tcp' && p !== '6') return false;
  if (rule.from === undefined || rule.to === undefined) return undefined;
  if (!(rule.from <= port && port <= rule.to)) return false;
  return allowsFrom(rule, sources);
}

function allowsFrom(rule: TerraformIngress, sources: string[]): boolean | undefined {
  if (rule.cidr) return true;
  if (rule.sources.some((s) => s !== undefined && sources.includes(s))) return true;
  if (rule.sources.some((s) => s === undefined)) return undefined;
  return false;
}

/** `lifecycle { ignore_changes = [ingress] }` (or `all`): the ingress is managed somewhere else. */
function ignoresIngress(block: HclNode, text: string): boolean {
  return (firstOf(block, 'body')?.children ?? []).some(
    (item) =>
      item.type === 'block' &&
      attrName(item, text) === 'lifecycle' &&
      /\bignore_changes\b[^]*\b(ingress|all)\b/.test(text.slice(item.start, item.end)),
  );
}
