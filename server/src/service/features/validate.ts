/** Runs every enabled rule over every task definition in a document: one linear pass per rule. */
import type { AnalyzedDocument } from '../model/document';
import type { ServiceConfig } from '../config';
import { DEFAULT_CONFIG } from '../config';
import { allRules } from '../rules';
import { spellKey } from '../model/cloudformation';
import { spellTerraform } from '../model/terraform';
import type { TaskDefinitionModel } from '../model/taskdef';
import type { Problem, ReportInput, Rule, RuleContext } from '../rules/types';

export function validate(doc: AnalyzedDocument, config: ServiceConfig = DEFAULT_CONFIG): Problem[] {
  if (!config.enable || doc.tasks.length === 0) return [];
  const problems: Problem[] = [];
  for (const rule of allRules) {
    const setting = config.rules[rule.id];
    if (setting === 'off') continue;
    const override = setting && setting !== 'default' ? setting : undefined;
    for (const task of doc.tasks) {
      const ctx = ruleContext(doc, task, (p) => problems.push(toProblem(rule, override ?? p.severity ?? rule.severity, p)));
      runRule(rule, ctx);
    }
  }
  return problems.sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId));
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
    message: p.message,
    offset: p.range.offset,
    length: p.range.length,
    fixes: p.fixes ?? [],
    related: p.related ?? [],
    ...(p.awsError ? { awsError: p.awsError } : {}),
  };
}

function runRule(rule: Rule, ctx: RuleContext): void {
  try {
    rule.check(ctx);
  } catch (err) {
    // A rule bug must never take the editor down; the rest of the rules still run.
    if (typeof console !== 'undefined') console.error(`ecs-taskdef: rule ${rule.id} failed: ${String(err)}`);
  }
}
