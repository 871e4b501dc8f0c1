/**
 * What the Terraform traffic readers share: resources by address, plain references between them, and
 * the arguments (not blocks) a resource body sets.
 */
import type { ValueNode } from '../model/nodes';
import type { TerraformResourceBlock } from '../model/terraform';
import { type HclNode, firstOf, named } from '../parse/hcl';

/** An expression's source, with Terraform 0.11's `"${…}"` around a single reference taken off. */
export function referenceText(value: ValueNode | undefined): string | undefined {
  if (value?.type !== 'unknown') return undefined;
  const src = value.text.trim();
  const old = /^"\$\{\s*([A-Za-z0-9_.-]+)\s*\}"$/.exec(src);
  return old ? old[1] : src;
}

/** Resources (of `types`, or all) by `type.name`; an address written twice (an error Terraform reports) maps to undefined. */
export function resourcesByAddress(
  resources: TerraformResourceBlock[],
  types?: readonly string[],
): Map<string, TerraformResourceBlock | undefined> {
  const byAddress = new Map<string, TerraformResourceBlock | undefined>();
  for (const r of resources) {
    if (types && !types.includes(r.type)) continue;
    const address = `${r.type}.${r.name}`;
    byAddress.set(address, byAddress.has(address) ? undefined : r);
  }
  return byAddress;
}

/** The name of an attribute or block item of an HCL body. */
export function attrName(item: HclNode, text: string): string {
  const id = named(item)[0];
  return id ? text.slice(id.start, id.end) : '';
}

/** An argument (not a block) with one of these names in the resource body. */
export function hasArgument(block: HclNode, text: string, names: readonly string[]): boolean {
  return (firstOf(block, 'body')?.children ?? []).some((item) => item.type === 'attribute' && names.includes(attrName(item, text)));
}

/** `count` or `for_each` on the resource: several instances, addressed with an index. */
export function isRepeated(res: TerraformResourceBlock, text: string): boolean {
  return hasArgument(res.block, text, ['count', 'for_each']);
}
