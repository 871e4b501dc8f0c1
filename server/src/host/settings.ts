/** Settings, typed once: the `ecsTaskdef` section, read per resource and turned into the core's config. */
import { type ServiceConfig, normaliseConfig } from '../service';

export { SETTINGS_SECTION } from '../shared/settings';

export interface Settings {
  config: ServiceConfig;
  /** Extra globs whose files are always treated as task definitions. */
  files: string[];
}

export function parseSettings(raw: unknown): Settings {
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const files = Array.isArray(o.files) ? o.files.filter((g): g is string => typeof g === 'string' && g.length > 0) : [];
  return { config: normaliseConfig(o), files };
}

export const DEFAULT_SETTINGS: Settings = parseSettings({});
