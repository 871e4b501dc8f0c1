/** Applies one offered fix to a .tf text and checks what a user relies on: it applies, parses, and the problem is gone. */
import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, type Problem, analyzeDocument, applyFix, validate } from '../../../server/src/service';

export const TF_URI = 'file:///infra/main.tf';

export function problems(text: string, ruleId?: string): Problem[] {
  const doc = analyzeDocument(text, { uri: TF_URI });
  return validate(doc, DEFAULT_CONFIG).filter((p) => !ruleId || p.ruleId === ruleId);
}

/** The text after applying the fix titled `title` of the (first) `ruleId` problem offering it; asserts it parses and removes that problem. */
export function applyTfFix(text: string, ruleId: string, title: string): string {
  const found = problems(text, ruleId);
  const p = found.find((q) => q.fixes.some((f) => f.title === title)) ?? found[0];
  assert.ok(p, `${ruleId} reported`);
  const fix = p.fixes.find((f) => f.title === title);
  assert.ok(fix, `fix "${title}" offered (have: ${p.fixes.map((f) => f.title).join(', ')})`);
  const after = applyFix(text, 'terraform', fix);
  assert.ok(after !== undefined, 'the fix applies');
  const doc = analyzeDocument(after, { uri: TF_URI });
  assert.deepEqual(doc.syntaxErrors, [], `parses after the fix:\n${after}`);
  assert.equal(doc.tasks.length, analyzeDocument(text, { uri: TF_URI }).tasks.length, 'still the same task definitions');
  const still = validate(doc, DEFAULT_CONFIG).filter((q) => q.ruleId === ruleId && q.message === p.message);
  assert.deepEqual(
    still.map((q) => q.message),
    [],
    'the problem is gone',
  );
  return after;
}

/** `text.slice` of a problem's range. */
export const at = (text: string, p: { offset: number; length: number }) => text.slice(p.offset, p.offset + p.length);
