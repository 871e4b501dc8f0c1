/**
 * What a rule is and what it reports. Rules speak in source offsets and declarative fixes;
 * they never build LSP objects and never look at the file format.
 */
import type { AnalyzedDocument } from '../model/document';
import type { TaskDefinitionModel } from '../model/taskdef';
import type { Path } from '../model/nodes';
import type { ServiceModel } from '../traffic/model';
import type { TrafficModel } from '../traffic';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface SourceRange {
  offset: number;
  length: number;
}

/** One declarative edit. Keys are written as they must appear in the file (see RuleContext.spell). */
export type FixEdit =
  | { op: 'remove'; path: Path }
  | { op: 'set'; path: Path; value: unknown }
  | { op: 'rename'; path: Path; newKey: string }
  | { op: 'insert'; path: Path; key: string; value: unknown; after?: string[] }
  | { op: 'unwrap'; path: Path };

export interface Fix {
  title: string;
  /** The fix `--fix`, "Fix all" and codeActionsOnSave apply. At most one per problem. */
  isPreferred?: boolean;
  edits: FixEdit[];
}

export interface RelatedInfo extends SourceRange {
  message: string;
}

export interface ReportInput {
  range: SourceRange;
  message: string;
  /** A severity for this problem other than the rule's default (a user's setting still wins). */
  severity?: Severity;
  /** AWS's error text with this problem's own values filled in (else the rule's awsError is shown). */
  awsError?: string;
  fixes?: Fix[];
  related?: RelatedInfo[];
}

export interface Problem extends SourceRange {
  ruleId: string;
  /** AWS's error text for this very problem, when the rule fills in values. */
  awsError?: string;
  severity: Severity;
  message: string;
  fixes: Fix[];
  related: RelatedInfo[];
}

export interface RuleContext {
  doc: AnalyzedDocument;
  task: TaskDefinitionModel;
  /**
   * The key as this document spells it (`hostPort` in JSON, `HostPort` in CloudFormation).
   * `holder`, the API key of the object holding it, matters for the few names CloudFormation
   * spells differently in different places (`fileSystemId` in `efsVolumeConfiguration`: `FilesystemId`).
   */
  spell(apiKey: string, holder?: string): string;
  report(problem: ReportInput): void;
  /**
   * True once this rule has reported as many problems in the file as are listed; further ones are
   * only counted (validate.ts), so a rule with many may then report just the range.
   */
  capped?(): boolean;
}

export interface Rule {
  /** Catalogue id, kebab-case; equals the file name. */
  id: string;
  severity: Severity;
  /** One line, our own words: what the rule checks. Shown in docs and hovers. */
  title: string;
  /** A short explanation for the hover over a problem: why it matters. */
  why: string;
  /** AWS's own error text for this mistake, when known, so users recognise it from deploy time. */
  awsError?: string;
  /** Checks one task definition (every rule but the cross-resource ones). */
  check?(ctx: RuleContext): void;
  /** Cross-resource rules: checks one ECS service against what it sends traffic to. */
  checkService?(ctx: ServiceContext): void;
}

export interface ServiceContext {
  doc: AnalyzedDocument;
  traffic: TrafficModel;
  service: ServiceModel;
  report(problem: ReportInput): void;
}
