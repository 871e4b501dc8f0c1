/** The explicit registry of every rule. Adding a rule = rule file + registry line + test file + doc page. */
import type { Rule } from './types';
import { portRules } from './registry-ports';
import { portRangeRules } from './registry-port-ranges';
import { taskRules } from './registry-task';
import { schemaRules } from './registry-schema';
import { structureRules } from './registry-structure';
import { serviceRules } from './registry-services';

export const allRules: Rule[] = [...portRules, ...portRangeRules, ...taskRules, ...schemaRules, ...structureRules, ...serviceRules];

const byId = new Map(allRules.map((r) => [r.id, r]));

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}
