import { pathOf } from '../model/nodes';
import { closest } from '../schema/closest';
import { walkTask } from '../schema/walk';
import { valueRange } from './ranges';
import type { Fix } from './types';
import type { Rule } from './types';

/** `nat`/`default` network modes are windows-network-mode's to report (one problem, one diagnostic). */
const LEFT_TO_WINDOWS_RULE = new Set(['nat', 'default']);

export const invalidEnumValue: Rule = {
  id: 'invalid-enum-value',
  severity: 'error',
  title: 'A field with a fixed set of values has a value outside that set.',
  why: 'Fields such as networkMode, protocol, appProtocol, requiresCompatibilities, pidMode or logDriver accept only the exact values the ECS API lists, and the values are case-sensitive (`tcp`, not `TCP`; `FARGATE`, not `Fargate`). ECS rejects anything else when the task definition is registered.',
  check(ctx) {
    walkTask(ctx.task, ctx.doc.keyStyle, {
      value({ node, schema, prop, field, array }) {
        const allowed = schema.enum;
        if (!allowed || node.type !== 'string' || allowed.includes(node.value)) return;
        const value = node.value;
        if (field === 'networkMode' && LEFT_TO_WINDOWS_RULE.has(value.toLowerCase())) return;
        const name = prop ? prop.rawKey : ctx.spell(field ?? 'value');
        const what = array ? `${name} entry` : name;
        const list = allowed.length <= 2 ? allowed.join(' or ') : `one of ${allowed.join(', ')}`;
        const fixes: Fix[] = [];
        let message: string;
        const match = value ? closest(value, allowed) : undefined;
        if (!value) {
          message = `An empty ${what} is not a valid value: remove it or use ${list}.`;
          const target = array ? node : prop;
          if (target) fixes.push({ title: `Remove the empty ${what}`, isPreferred: true, edits: [{ op: 'remove', path: pathOf(target) }] });
        } else if (match?.caseOnly) {
          message = `"${value}" is not a valid ${what}: values are case-sensitive, write "${match.candidate}".`;
          fixes.push({
            title: `Change to "${match.candidate}"`,
            isPreferred: true,
            edits: [{ op: 'set', path: pathOf(node), value: match.candidate }],
          });
        } else {
          message = `"${value}" is not a valid ${what}: use ${list}${match ? ` (did you mean "${match.candidate}"?)` : ''}.`;
          if (match)
            fixes.push({ title: `Change to "${match.candidate}"`, edits: [{ op: 'set', path: pathOf(node), value: match.candidate }] });
        }
        if (field === 'protocol') message += ' ECS says: "Valid values for portMapping protocol are tcp and udp."';
        ctx.report({ range: valueRange(node), message, fixes });
      },
    });
  },
};
