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

const SETTINGS = new Set<RuleSetting>(['error', 'warning', 'info', 'hint', 'off', 'default']);

/** Builds a config from untrusted input (settings JSON, CLI flags), dropping what is not valid. */
export function normaliseConfig(input: unknown): ServiceConfig {
  const cfg: ServiceConfig = { enable: true, rules: {} };
  if (!input || typeof input !== 'object') return cfg;
  const o = input as Record<string, unknown>;
  if (typeof o.enable === 'boolean') cfg.enable = o.enable;
  if (o.rules && typeof o.rules === 'object') {
    for (const [id, v] of Object.entries(o.rules as Record<string, unknown>)) {
      if (typeof v === 'string' && SETTINGS.has(v as RuleSetting)) cfg.rules[id] = v as RuleSetting;
    }
  }
  return cfg;
}
