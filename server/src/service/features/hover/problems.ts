/** Hover over a reported problem: what the rule checks, why it matters, AWS's own words, the rule page. */
import { getRule } from '../../rules';
import type { Problem } from '../../rules/types';
import { ruleDocUrl } from '../../product';
import { code, paragraphs, quote } from '../knowledge/markdown';

/** Problems whose range holds the character at `offset` (an empty range: the offset itself). */
export function problemsAt(problems: Problem[], offset: number): Problem[] {
  return problems.filter((p) => offset >= p.offset && (offset < p.offset + p.length || (p.length === 0 && offset === p.offset)));
}

export function problemHover(problem: Problem): string {
  const rule = getRule(problem.ruleId);
  return paragraphs(
    `**${code(problem.ruleId)}** (${problem.severity}): ${rule?.title ?? problem.message}`,
    rule?.why,
    (problem.awsError ?? rule?.awsError) && `AWS reports this as:\n\n${quote(problem.awsError ?? rule!.awsError!)}`,
    `[Rule documentation](${ruleDocUrl(problem.ruleId)})`,
  );
}
