/** The project config file on Node: the file reader, and the per-file lookup the CLI uses. */
import { resolve } from 'node:path';
import { type LanguageService, type RuleSetting, getLanguageService } from '../service';
import { ConfigFiles, mergeRules } from '../host/config-file';
import { readSmallTextFile } from './fs-host';

/** Reads a config candidate (see readSmallTextFile). */
export const readConfigCandidate = readSmallTextFile;

export interface CliFileConfig {
  /** The core with the config file's rules and the `--rule` flags over them. */
  service: LanguageService;
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
  /** One service per config file (its rules object), and one without a config file. */
  const services = new Map<object, LanguageService>();
  const serviceFor = (rules: Record<string, RuleSetting>) => {
    let service = services.get(rules);
    if (!service) services.set(rules, (service = getLanguageService({ rules: mergeRules(rules, flagRules) })));
    return service;
  };
  return (path) => {
    const fc = files.forFile(resolve(path));
    if (fc.configFile && !warned.has(fc.configFile.path)) {
      warned.add(fc.configFile.path);
      for (const w of fc.configFile.warnings) warn(w);
    }
    return { service: serviceFor(fc.rules), force: fc.force, ignored: fc.ignored };
  };
}
