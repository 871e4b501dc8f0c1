/** Runs a cross-resource rule over every service of a document. A rule bug never stops the others. */
import type { AnalyzedDocument } from '../model/document';
import type { ReportInput, Rule } from '../rules/types';
import { trafficOf } from '.';

export function hasServices(doc: AnalyzedDocument): boolean {
  return trafficOf(doc).services.length > 0;
}

export function runServiceRule(doc: AnalyzedDocument, rule: Rule, report: (p: ReportInput) => void): void {
  const traffic = trafficOf(doc);
  for (const service of traffic.services) {
    try {
      rule.checkService?.({ doc, traffic, service, report });
    } catch (err) {
      if (typeof console !== 'undefined') console.error(`ecs-taskdef: rule ${rule.id} failed: ${String(err)}`);
    }
  }
}
