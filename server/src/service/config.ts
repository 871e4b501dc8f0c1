/** The plain configuration object the core receives (the server builds it from settings, the CLI from flags). */
import type { Severity } from './rules/types';

export type RuleSetting = Severity | 'off' | 'default';

export interface ServiceConfig {
  /** Off: no diagnostics, hover or completion from us. */
  enable: boolean;
  /** Per-rule severity override or `off`, by rule id. */
  rules: Record<string, RuleSetting>;
}

export const DEFAULT_CONFIG: ServiceConfig = { enable: true, rules: {} };

/** The severities, most severe first: every host's severity table (LSP, CLI formats, counts) is keyed by these. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
/** What a rule may be set to: a severity, `off`, or `default` (the rule's own). */
export const RULE_SETTINGS: readonly RuleSetting[] = [...SEVERITIES, 'off', 'default'];

export function isRuleSetting(value: unknown): value is RuleSetting {
  return typeof value === 'string' && (RULE_SETTINGS as readonly string[]).includes(value);
}

/** Builds a config from untrusted input (settings JSON, CLI flags), dropping what is not valid. */
export function normaliseConfig(input: unknown): ServiceConfig {
  const cfg: ServiceConfig = { enable: true, rules: {} };
  if (!input || typeof input !== 'object') return cfg;
  const o = input as Record<string, unknown>;
  if (typeof o.enable === 'boolean') cfg.enable = o.enable;
  if (o.rules && typeof o.rules === 'object') {
    for (const [id, v] of Object.entries(o.rules as Record<string, unknown>)) {
      if (isRuleSetting(v)) cfg.rules[id] = v;
    }
  }
  return cfg;
}
