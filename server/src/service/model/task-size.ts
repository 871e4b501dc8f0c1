/**
 * Task-level `cpu` and `memory`: strings in the API, either plain units (`"1024"`) or text forms
 * (`"1 vCPU"`, `".25 vcpu"`, `"2 GB"`, `"0.5GB"`), converted by ECS at registration.
 */
import type { ValueNode } from './nodes';

/** CPU units from a task `cpu` value; undefined when unknown or unparseable. Numbers are accepted here (invalid-type reports them). */
export function parseTaskCpu(node: ValueNode | undefined): number | undefined {
  return parseTaskSize(node, /^(\d*\.?\d+)\s*vcpu$/i);
}

/** MiB from a task `memory` value; undefined when unknown or unparseable. */
export function parseTaskMemory(node: ValueNode | undefined): number | undefined {
  return parseTaskSize(node, /^(\d*\.?\d+)\s*gb$/i);
}

/** A whole number, a string of digits, or the text form `unitText` matches (its number times 1024). */
function parseTaskSize(node: ValueNode | undefined, unitText: RegExp): number | undefined {
  if (!node) return undefined;
  if (node.type === 'number') return Number.isInteger(node.value) ? node.value : undefined;
  if (node.type !== 'string') return undefined;
  const s = node.value.trim();
  if (/^\d+$/.test(s)) return Number(s);
  const m = unitText.exec(s);
  return m ? Math.round(Number(m[1]) * 1024) : undefined;
}
