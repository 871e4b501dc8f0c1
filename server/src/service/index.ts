/**
 * THE CORE: the ECS task-definition language service. Pure: no `vscode`, no LSP connection, no
 * `node:*`. The language server, the CLI and the tests all drive it through this facade.
 */
export { getLanguageService, type LanguageService } from './language-service';
export { mightBeTaskDefinition } from './model/sniff';
export { formatOfName, formatOfLanguage, type FormatId } from './formats/names';
export { analyzeDocument, type AnalyzedDocument, type AnalyzeOptions, type SourceFormat } from './model/document';
export { validate } from './features/validate';
export { toDiagnostic, toDiagnostics, toRange, type DiagnosticData } from './features/diagnostics';
export {
  getCodeActions,
  resolveCodeAction,
  isFixAllData,
  fixAllEdit,
  fixEdit,
  type CodeActionRequest,
  type FixAllData,
} from './features/code-actions';
export { fixAll, type FixAllResult } from './features/fix-all';
export { applyFix, minimalChange } from './fixes/apply';
export { allRules, getRule } from './rules';
export { DEFAULT_CONFIG, RULE_SETTINGS, SEVERITIES, isRuleSetting, normaliseConfig, type ServiceConfig, type RuleSetting } from './config';
export { SOURCE, FIX_ALL_KIND, ruleDocUrl } from './product';
export type { Problem, Fix, FixEdit, Rule, Severity } from './rules/types';
export { doHover } from './features/hover';
export { doComplete } from './features/completion';
export { parseTaskCpu, parseTaskMemory } from './model/task-size';
export { type RelatedFile, mightBeServiceFile, trafficOf } from './traffic';
export { hasServices } from './traffic/run';
export { portMapMarkdown } from './traffic/port-map';
export { statusOf, type DocumentStatus, type LaunchType, type TaskStatus } from './features/status';
export { initTerraform, terraformReady, type TerraformWasm } from './parse/hcl-runtime';
export { mayLoadContainerFiles, terraformReferences, referencedTaskContext, type ReferencedTaskContext } from './model/terraform-context';
export type { TerraformFileReference } from './model/terraform';
