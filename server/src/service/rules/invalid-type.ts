import { type ValueNode, pathOf } from '../model/nodes';
import { type JsonSchema, isMapSchema, typeLabel } from '../schema';
import { type ValueVisit, walkTask } from '../schema/walk';
import { valueRange } from './ranges';
import type { Fix, Rule, RuleContext } from './types';

const DIGITS = /^-?[0-9]+$/;

/** True when the value has the JSON type the schema asks for (or CloudFormation would coerce it). */
function fits(node: ValueNode, type: JsonSchema['type'], cfn: boolean): boolean {
  switch (type) {
    case 'string':
      // CloudFormation turns numbers and booleans into strings (task Cpu: 256 is fine there).
      return node.type === 'string' || (cfn && (node.type === 'number' || node.type === 'boolean'));
    case 'integer':
      if (node.type === 'number') return Number.isInteger(node.value);
      return cfn && node.type === 'string' && DIGITS.test(node.value);
    case 'boolean':
      return node.type === 'boolean' || (cfn && node.type === 'string' && /^(true|false)$/i.test(node.value));
    case 'array':
    case 'object':
      return node.type === type;
    default:
      return true;
  }
}

function shown(node: ValueNode): string {
  switch (node.type) {
    case 'string':
      return `the string ${JSON.stringify(node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value)}`;
    case 'number':
      return Number.isInteger(node.value) ? `the number ${node.value}` : `the fraction ${node.value}`;
    case 'boolean':
      return `the boolean ${node.value}`;
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
    default:
      return 'this value';
  }
}

function wanted(schema: JsonSchema): string {
  switch (schema.type) {
    case 'integer':
      return 'a whole number';
    case 'string':
      return 'a string';
    case 'boolean':
      return 'true or false';
    case 'object':
      return isMapSchema(schema) ? 'an object of string values' : 'an object';
    default:
      return `an array (${typeLabel(schema).replace(/^array of /, 'of ')})`;
  }
}

/** The quote/unquote fix, when the value converts without loss. */
function conversion(node: ValueNode, type: JsonSchema['type']): { value: unknown; text: string } | undefined {
  if (type === 'string' && (node.type === 'number' || node.type === 'boolean'))
    return { value: String(node.value), text: JSON.stringify(String(node.value)) };
  if (type === 'integer' && node.type === 'string' && DIGITS.test(node.value) && Number.isSafeInteger(Number(node.value)))
    return { value: Number(node.value), text: String(Number(node.value)) };
  if (type === 'boolean' && node.type === 'string' && /^(true|false)$/.test(node.value))
    return { value: node.value === 'true', text: node.value };
  return undefined;
}

function fieldName(ctx: RuleContext, v: ValueVisit): string {
  if (v.mapEntry && v.prop) return `"${v.prop.rawKey}" in ${v.field ? ctx.spell(v.field) : 'this map'}`;
  const name = v.prop ? v.prop.rawKey : ctx.spell(v.field ?? 'value');
  return v.array ? `Each ${name} entry` : name;
}

export const invalidType: Rule = {
  id: 'invalid-type',
  severity: 'error',
  title: 'A value has the wrong JSON type (string, number, boolean, array or object).',
  why: 'The ECS API is strict about JSON types: task-level cpu and memory are strings ("256"), while container cpu, memory, memoryReservation and port numbers are integers (80, not "80"), and lists must be arrays. The AWS CLI refuses the file before it reaches ECS. CloudFormation converts numbers and strings of digits itself, so there only clear mismatches count.',
  awsError: "Invalid type for parameter <name>, value: <value>, type: <class '<given>'>, valid types: <class '<expected>'>",
  check(ctx) {
    const cfn = ctx.doc.keyStyle === 'pascal';
    walkTask(ctx.task, ctx.doc.keyStyle, {
      value(v) {
        const { node, schema } = v;
        if (node.type === 'null' || node.type === 'unknown' || !schema.type) return;
        if (fits(node, schema.type, cfn)) return;
        const name = fieldName(ctx, v);
        const taskSize = !cfn && ctx.task.task && v.prop?.parent === ctx.task.task && (v.field === 'cpu' || v.field === 'memory');
        let message = `${name} must be ${wanted(schema)}, not ${shown(node)}.`;
        if (taskSize) message += ` At task level the ECS API takes ${v.field} as a string (container-level ${v.field} is a number).`;
        const fixes: Fix[] = [];
        const conv = conversion(node, schema.type);
        if (conv) {
          const from = node.type === 'string' ? JSON.stringify(node.value) : String((node as { value: unknown }).value);
          fixes.push({
            title: `Change ${from} to ${conv.text}`,
            isPreferred: true,
            edits: [{ op: 'set', path: pathOf(node), value: conv.value }],
          });
        }
        ctx.report({ range: valueRange(node), message, fixes });
      },
    });
  },
};
