/** The project config file on Node: the file reader, and the per-file lookup the CLI uses. */
import { resolve } from 'node:path';
import { DEFAULT_CONFIG, type RuleSetting, type ServiceConfig } from '../service';
import { ConfigFiles, mergeRules } from '../host/config-file';
import { readSmallTextFile } from './fs-host';

/** Reads a config candidate (see readSmallTextFile). */
export const readConfigCandidate = readSmallTextFile;

export interface CliFileConfig {
  config: ServiceConfig;
  /** The config file's `files` matched: check it as a task definition whatever its content. */
  force: boolean;
  /** The config file's `ignores` matched: skip it. */
  ignored: boolean;
}

/**
 * For the CLI: a lookup that merges the nearest config file's rules under the `--rule` flags and
 * reports each config file's warnings once through `warn` (the CLI warns about `--rule` ids itself).
 */
export function cliConfigLookup(flagRules: Record<string, RuleSetting>, warn: (message: string) => void): (path: string) => CliFileConfig {
  const files = new ConfigFiles(readConfigCandidate);
  const warned = new Set<string>();
  return (path) => {
    const fc = files.forFile(resolve(path));
    if (fc.configFile && !warned.has(fc.configFile.path)) {
      warned.add(fc.configFile.path);
      for (const w of fc.configFile.warnings) warn(w);
    }
    return { config: { ...DEFAULT_CONFIG, rules: mergeRules(fc.rules, flagRules) }, force: fc.force, ignored: fc.ignored };
  };
}
