/**
 * The project config file, read by the CLI and the language server alike: `.ecs-taskdef.json`, or an
 * `"ecs-taskdef"` key in package.json, found by walking up from the checked file to the filesystem root
 * (the nearest wins; in one folder `.ecs-taskdef.json` wins over package.json). Keys:
 * `rules` (severity by rule id), `files` (globs always treated as task definitions) and `ignores`
 * (globs never checked), both relative to the config file's folder.
 *
 * No file-system access of its own: the host passes a reader (the browser host passes none). Paths are
 * handled as text with `/` separators (Windows `\` is turned into `/`), so it runs anywhere.
 */
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { RULE_SETTINGS, type RuleSetting, allRules, getRule, isRuleSetting, normaliseConfig } from '../service';
import { closest } from '../service/schema/closest';
import { matchesAnyGlob } from './glob';

export const CONFIG_FILE_NAME = '.ecs-taskdef.json';
export const PACKAGE_JSON_KEY = 'ecs-taskdef';

/** Reads a file's text; undefined when it does not exist or cannot be read. */
export type ConfigFileReader = (path: string) => string | undefined;

export interface ConfigFile {
  /** Where it was found, `/`-separated. */
  path: string;
  /** Its folder: `files` and `ignores` are relative to it. */
  dir: string;
  rules: Record<string, RuleSetting>;
  files: string[];
  ignores: string[];
  /** Problems with its content, each naming the file; what they concern is left out. */
  warnings: string[];
}

/** What the config file found for one checked file says about it. */
export interface FileConfig {
  configFile?: ConfigFile;
  rules: Record<string, RuleSetting>;
  /** Matches `files`: a task definition even when the content does not say so. */
  force: boolean;
  /** Matches `ignores`: not checked at all. */
  ignored: boolean;
}

const KEYS = ['$schema', 'rules', 'files', 'ignores'];
const NONE: FileConfig = { rules: {}, force: false, ignored: false };

/** Finds and reads config files, caching one answer per folder until `clear()`. */
export class ConfigFiles {
  private readonly byDir = new Map<string, ConfigFile | undefined>();

  constructor(private readonly read?: ConfigFileReader) {}

  /** The nearest config file above `filePath` (a file path, not a URI). */
  find(filePath: string): ConfigFile | undefined {
    if (!this.read) return undefined;
    const visited: string[] = [];
    let found: ConfigFile | undefined;
    for (let dir: string | undefined = parentDir(toSlashes(filePath)); dir !== undefined; dir = parentDir(dir)) {
      if (this.byDir.has(dir)) {
        found = this.byDir.get(dir);
        break;
      }
      visited.push(dir);
      found = this.load(dir);
      if (found) break;
    }
    for (const d of visited) this.byDir.set(d, found);
    return found;
  }

  /** What the nearest config file says about `filePath`. */
  forFile(filePath: string): FileConfig {
    const configFile = this.find(filePath);
    if (!configFile) return NONE;
    const rel = relativeTo(configFile.dir, toSlashes(filePath));
    if (rel === undefined) return { configFile, rules: configFile.rules, force: false, ignored: false };
    return {
      configFile,
      rules: configFile.rules,
      force: matches(rel, configFile.files, false),
      ignored: matches(rel, configFile.ignores, true),
    };
  }

  clear(): void {
    this.byDir.clear();
  }

  private load(dir: string): ConfigFile | undefined {
    const own = join(dir, CONFIG_FILE_NAME);
    const text = this.read!(own);
    if (text !== undefined) return readConfig(own, dir, text, false);
    const pkgPath = join(dir, 'package.json');
    const pkg = this.read!(pkgPath);
    if (pkg === undefined || !pkg.includes(`"${PACKAGE_JSON_KEY}"`)) return undefined;
    return readConfig(pkgPath, dir, pkg, true);
  }
}

/** Reads and checks a config file's text (`inPackageJson`: the content is package.json's "ecs-taskdef" key). */
export function readConfig(path: string, dir: string, text: string, inPackageJson: boolean): ConfigFile | undefined {
  const config: ConfigFile = { path, dir, rules: {}, files: [], ignores: [], warnings: [] };
  const errors: ParseError[] = [];
  const whole: unknown = parse(text, errors, { allowTrailingComma: true });
  if (inPackageJson) {
    // A package.json that does not parse or has no such key is not ours to complain about.
    if (errors.length || !isObject(whole) || !(PACKAGE_JSON_KEY in whole)) return undefined;
  } else if (errors.length) {
    config.warnings.push(
      `${path}: not valid JSON (${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset}); the file is ignored.`,
    );
    return config;
  }
  const where = inPackageJson ? `${path} ("${PACKAGE_JSON_KEY}")` : path;
  const raw = inPackageJson ? (whole as Record<string, unknown>)[PACKAGE_JSON_KEY] : whole;
  if (!isObject(raw)) {
    config.warnings.push(`${where}: must be an object with "rules", "files" and "ignores"; it is ignored.`);
    return config;
  }
  for (const key of Object.keys(raw)) {
    if (!KEYS.includes(key))
      config.warnings.push(`${where}: unknown key "${key}"${didYouMean(key, KEYS)}; it is ignored (known keys: rules, files, ignores).`);
  }
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) config.warnings.push(`${where}: "rules" must be an object of rule id → severity.`);
    else {
      config.warnings.push(...ruleWarnings(raw.rules, `${where}: "rules"`));
      config.rules = validRules(raw.rules);
    }
  }
  config.files = globList(raw.files, 'files', where, config.warnings);
  config.ignores = globList(raw.ignores, 'ignores', where, config.warnings);
  return config;
}

/**
 * Warnings for rule settings that do nothing: unknown rule ids (with the nearest known id) and
 * values that are not a severity. `source` names where they come from (`--rule`, a setting, a file).
 */
export function ruleWarnings(rules: unknown, source: string): string[] {
  if (!isObject(rules)) return [];
  const ids = allRules.map((r) => r.id);
  const out: string[] = [];
  for (const [id, value] of Object.entries(rules)) {
    if (!ids.includes(id)) out.push(`${source}: unknown rule "${id}"${didYouMean(id, ids)}; it is ignored.`);
    else if (!isRuleSetting(value)) {
      out.push(`${source}: "${id}" is set to ${JSON.stringify(value)}; use one of ${RULE_SETTINGS.join(', ')}.`);
    }
  }
  return out;
}

/** Per rule: the config file's severities, then the editor settings or command-line flags over them. */
export function mergeRules(fromFile: Record<string, RuleSetting>, over: Record<string, RuleSetting>): Record<string, RuleSetting> {
  return { ...fromFile, ...over };
}

/** The entries that do something: known rule ids set to a valid setting (normaliseConfig drops the invalid settings). */
function validRules(rules: Record<string, unknown>): Record<string, RuleSetting> {
  return Object.fromEntries(Object.entries(normaliseConfig({ rules }).rules).filter(([id]) => getRule(id)));
}

function globList(value: unknown, key: string, where: string, warnings: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    warnings.push(`${where}: "${key}" must be an array of glob patterns.`);
    return [];
  }
  const out: string[] = [];
  for (const g of value) {
    if (typeof g === 'string' && g.trim()) out.push(g.trim().replace(/^\.\//, ''));
    else warnings.push(`${where}: "${key}" entry ${JSON.stringify(g)} is not a glob pattern; it is ignored.`);
  }
  return out;
}

function didYouMean(word: string, candidates: string[]): string {
  const m = closest(word, candidates);
  return m ? ` (did you mean "${m.candidate}"?)` : '';
}

/**
 * Does `rel` (relative to the config folder) match a glob? Globs are anchored at that folder:
 * `deploy/*.json`, `**\/taskdef.json`. For ignores, a glob matching a folder also covers what is in it.
 */
function matches(rel: string, globs: string[], orParent: boolean): boolean {
  if (globs.length === 0) return false;
  const candidates = [rel];
  if (orParent) for (let i = rel.indexOf('/'); i > 0; i = rel.indexOf('/', i + 1)) candidates.push(rel.slice(0, i));
  const patterns = globs.map((g) => g.replace(/^\/+/, '').replace(/\/+$/, ''));
  return candidates.some((c) => matchesAnyGlob(c, patterns));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function toSlashes(p: string): string {
  return p.replace(/\\/g, '/');
}

/** The folder holding `p`; undefined above the root (`/`, `C:/`). */
function parentDir(p: string): string | undefined {
  const trimmed = p.length > 1 && p.endsWith('/') && !/^[A-Za-z]:\/$/.test(p) ? p.slice(0, -1) : p;
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return trimmed === '.' || trimmed === '' ? undefined : '.';
  if (trimmed === '/' || /^[A-Za-z]:\/$/.test(trimmed)) return undefined;
  if (i === 0) return '/';
  if (/^[A-Za-z]:$/.test(trimmed.slice(0, i))) return trimmed.slice(0, i + 1);
  return trimmed.slice(0, i);
}

function join(dir: string, name: string): string {
  return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}

function relativeTo(dir: string, file: string): string | undefined {
  if (dir === '.') return file.startsWith('/') || /^[A-Za-z]:\//.test(file) ? undefined : file.replace(/^\.\//, '');
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : undefined;
}
