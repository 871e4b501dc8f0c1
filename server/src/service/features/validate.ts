/** Runs every enabled rule over every task definition in a document: one linear pass per rule. */
import type { AnalyzedDocument } from '../model/document';
import type { ServiceConfig } from '../config';
import { DEFAULT_CONFIG } from '../config';
import { allRules } from '../rules';
import { spellKey } from '../model/cloudformation';
import { spellTerraform } from '../model/terraform';
import type { TaskDefinitionModel } from '../model/taskdef';
import type { Problem, ReportInput, Rule, RuleContext } from '../rules/types';
import { hasServices, runServiceRule } from '../traffic/run';

/** At most this many problems of one rule per file; the rest are counted in one summary problem. */
export const MAX_PROBLEMS_PER_RULE = 100;
/** Related locations kept per problem, and the longest message (a pasted megabyte key stays readable). */
const MAX_RELATED = 20;
const MAX_MESSAGE = 1000;

export function validate(doc: AnalyzedDocument, config: ServiceConfig = DEFAULT_CONFIG): Problem[] {
  if (!config.enable || (doc.tasks.length === 0 && !hasServices(doc))) return [];
  const problems: Problem[] = [];
  for (const rule of allRules) {
    const setting = config.rules[rule.id];
    if (setting === 'off') continue;
    const override = setting && setting !== 'default' ? setting : undefined;
    const found: Problem[] = [];
    let total = 0;
    const report = (p: ReportInput) => {
      if (total++ <= MAX_PROBLEMS_PER_RULE) found.push(toProblem(rule, override ?? p.severity ?? rule.severity, p));
    };
    if (rule.checkService) runServiceRule(doc, rule, report);
    if (rule.check) {
      for (const task of doc.tasks) {
        const ctx = ruleContext(doc, task, report);
        ctx.capped = () => total > MAX_PROBLEMS_PER_RULE;
        runRule(rule, ctx);
      }
    }
    problems.push(...capped(rule, found, total));
  }
  return problems.sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId));
}

/**
 * The first MAX_PROBLEMS_PER_RULE problems of a rule (rules report in document order), then one
 * problem where the next one was, saying how many more there are.
 */
function capped(rule: Rule, found: Problem[], total: number): Problem[] {
  if (total <= MAX_PROBLEMS_PER_RULE) return found;
  found.sort((a, b) => a.offset - b.offset);
  const kept = found.slice(0, MAX_PROBLEMS_PER_RULE);
  const next = found[MAX_PROBLEMS_PER_RULE];
  const more = total - MAX_PROBLEMS_PER_RULE;
  kept.push({
    ruleId: rule.id,
    severity: next.severity,
    message: `… and ${more.toLocaleString('en-US')} more ${rule.id} problem${more === 1 ? '' : 's'} in this file (only the first ${MAX_PROBLEMS_PER_RULE} are listed).`,
    offset: next.offset,
    length: next.length,
    fixes: [],
    related: [],
  });
  return kept;
}

/** What a rule sees of one task definition of `doc`; keys spelt the document's way. */
export function ruleContext(doc: AnalyzedDocument, task: TaskDefinitionModel, report: (p: ReportInput) => void): RuleContext {
  const spell = doc.format === 'terraform' ? spellTerraform : (apiKey: string, holder?: string) => spellKey(apiKey, doc.keyStyle, holder);
  return { doc, task, spell, report };
}

function toProblem(rule: Rule, severity: Problem['severity'], p: ReportInput): Problem {
  return {
    ruleId: rule.id,
    severity,
    message: p.message.length > MAX_MESSAGE ? `${p.message.slice(0, MAX_MESSAGE)}…` : p.message,
    offset: p.range.offset,
    length: p.range.length,
    fixes: p.fixes ?? [],
    related: (p.related ?? []).slice(0, MAX_RELATED),
    ...(p.awsError ? { awsError: p.awsError } : {}),
  };
}

function runRule(rule: Rule, ctx: RuleContext): void {
  try {
    rule.check?.(ctx);
  } catch (err) {
    // A rule bug must never take the editor down; the rest of the rules still run.
    if (typeof console !== 'undefined') console.error(`ecs-taskdef: rule ${rule.id} failed: ${String(err)}`);
  }
}
