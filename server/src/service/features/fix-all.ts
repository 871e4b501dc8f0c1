/**
 * "Fix all auto-fixable problems": applies each problem's preferred fix, one at a time against the
 * re-analysed text (paths stay valid), until none is left. Bounded so a fix that does not remove its
 * own problem cannot loop.
 */
import { type AnalyzeOptions, analyzeDocument } from '../model/document';
import type { ServiceConfig } from '../config';
import { applyFix } from '../fixes/apply';
import { validate } from './validate';

const MAX_PASSES = 100;

export interface FixAllResult {
  text: string;
  applied: number;
}

export function fixAll(text: string, options: AnalyzeOptions, config: ServiceConfig, only?: (ruleId: string) => boolean): FixAllResult {
  let current = text;
  let applied = 0;
  const failed = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const doc = analyzeDocument(current, options);
    const problems = validate(doc, config);
    let next: string | undefined;
    for (const p of problems) {
      if (only && !only(p.ruleId)) continue;
      const fix = p.fixes.find((f) => f.isPreferred);
      if (!fix) continue;
      const key = `${p.ruleId}@${p.offset}:${p.message}`;
      if (failed.has(key)) continue;
      next = applyFix(current, doc.format, fix);
      if (next === undefined) {
        failed.add(key);
        continue;
      }
      failed.add(key);
      break;
    }
    if (next === undefined) break;
    current = next;
    applied++;
  }
  return { text: current, applied };
}
