/**
 * ruleTester: one call per rule test file. Valid cases must produce nothing from the rule;
 * invalid cases mark each expected range with ⟦ ⟧ in the text and list the expected problems in
 * order; `fixes` maps a fix title to the full expected text after applying it. Every fix output is
 * re-analysed: it must parse as well as the input did and the rule's problem must be gone. Every
 * other fix offered in an invalid case is applied too, with the same checks.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { type AnalyzeOptions, DEFAULT_CONFIG, analyzeDocument, applyFix, getRule, validate } from '../../../server/src/service';
import type { Problem } from '../../../server/src/service';

export interface ValidCase {
  name: string;
  text: string;
  options?: AnalyzeOptions;
}

export interface ExpectedProblem {
  /** A fragment the message must contain (or a pattern it must match). */
  message: string | RegExp;
  severity?: Problem['severity'];
}

export interface InvalidCase {
  name: string;
  /** Text with each expected range marked ⟦like this⟧, in document order. */
  text: string;
  options?: AnalyzeOptions;
  problems: ExpectedProblem[];
  /** Fix title → the whole expected text after applying that fix to the first problem. */
  fixes?: Record<string, string>;
  /** Titles of the fixes the first problem offers, in order (checked when given). */
  fixTitles?: string[];
}

export interface Marked {
  text: string;
  ranges: { offset: number; length: number }[];
}

/** Strips ⟦ ⟧ markers and returns the clean text with the marked ranges. */
export function unmark(marked: string): Marked {
  const ranges: Marked['ranges'] = [];
  let text = '';
  let open = -1;
  for (const ch of marked) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') {
      ranges.push({ offset: open, length: text.length - open });
      open = -1;
    } else text += ch;
  }
  return { text, ranges };
}

export function problemsOf(ruleId: string, text: string, options?: AnalyzeOptions): Problem[] {
  const doc = analyzeDocument(text, options);
  return validate(doc, DEFAULT_CONFIG).filter((p) => p.ruleId === ruleId);
}

export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const rule = getRule(ruleId);
  describe(`rule ${ruleId}`, () => {
    it('is registered', () => assert.ok(rule, `rule ${ruleId} is not in the registry`));
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const found = problemsOf(ruleId, c.text, c.options);
        assert.deepEqual(
          found.map((p) => p.message),
          [],
          'expected no problems',
        );
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const { text, ranges } = unmark(c.text);
        const found = problemsOf(ruleId, text, c.options);
        assert.equal(
          found.length,
          c.problems.length,
          `expected ${c.problems.length} problem(s), got: ${JSON.stringify(found.map((p) => p.message))}`,
        );
        assert.equal(ranges.length, c.problems.length, 'test case: one ⟦range⟧ per expected problem');
        found.forEach((p, i) => {
          const want = c.problems[i];
          assert.equal(
            text.slice(p.offset, p.offset + p.length),
            text.slice(ranges[i].offset, ranges[i].offset + ranges[i].length),
            `range of problem ${i}`,
          );
          assert.deepEqual({ offset: p.offset, length: p.length }, ranges[i], `range of problem ${i}`);
          if (typeof want.message === 'string')
            assert.ok(p.message.includes(want.message), `message "${p.message}" should contain "${want.message}"`);
          else assert.match(p.message, want.message);
          assert.equal(p.severity, want.severity ?? rule!.severity);
        });
        if (c.fixTitles)
          assert.deepEqual(
            found[0].fixes.map((f) => f.title),
            c.fixTitles,
          );
        // Every fix the rule offers here, listed in the case or not, must apply, keep the text
        // parseable and remove a problem of this rule.
        found.forEach((p, i) => {
          for (const fix of p.fixes) {
            const before = analyzeDocument(text, c.options);
            const after = applyFix(text, before.format, fix);
            assert.ok(after !== undefined, `problem ${i}: fix "${fix.title}" does not apply`);
            const redo = analyzeDocument(after!, c.options);
            assert.ok(redo.syntaxErrors.length <= before.syntaxErrors.length, `problem ${i}: "${fix.title}" broke the syntax:\n${after}`);
            const left = validate(redo, DEFAULT_CONFIG).filter((q) => q.ruleId === ruleId);
            assert.ok(left.length < found.length, `problem ${i}: "${fix.title}" did not remove the problem:\n${after}`);
          }
        });
        for (const [title, expected] of Object.entries(c.fixes ?? {})) {
          const fix = found[0].fixes.find((f) => f.title === title);
          assert.ok(fix, `fix "${title}" not offered; offered: ${found[0].fixes.map((f) => f.title).join(', ')}`);
          const before = analyzeDocument(text, c.options);
          const after = applyFix(text, before.format, fix!);
          assert.equal(after, expected, `text after "${title}"`);
          const redo = analyzeDocument(after!, c.options);
          assert.ok(
            redo.syntaxErrors.length <= before.syntaxErrors.length,
            `"${title}" broke the syntax: ${JSON.stringify(redo.syntaxErrors)}`,
          );
          const left = validate(redo, DEFAULT_CONFIG).filter((p) => p.ruleId === ruleId);
          assert.ok(left.length < found.length, `"${title}" did not remove the problem`);
          if (found.length === 1)
            assert.deepEqual(
              left.map((p) => p.message),
              [],
              `"${title}" left the rule reporting`,
            );
        }
      });
    }
  });
}

/** A minimal register-task-definition JSON around the given containers and task fields. */
export function taskJson(task: Record<string, unknown>, containers: Record<string, unknown>[]): string {
  return JSON.stringify({ family: 'web', ...task, containerDefinitions: containers }, null, 2);
}
