/**
 * The language server's side of the project config file (config-file.ts): finds it for each document,
 * re-reads it when it changes (a workspace/didChangeWatchedFiles watcher, registered dynamically when the
 * client can), and tells the user once, with window/showMessage, about settings that do nothing:
 * problems in a config file and unknown rule ids in the `ecsTaskdef.rules` setting.
 * The browser host passes no reader: there is no config file then.
 */
import { type ClientCapabilities, type Connection, DidChangeWatchedFilesNotification, MessageType } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { Settings } from './settings';
import type { FileHost } from './related-files';
import { CONFIG_FILE_NAME, type ConfigFileReader, ConfigFiles, type FileConfig, mergeRules, ruleWarnings } from './config-file';

/** What a host gives the server beyond the connection. */
export interface ServerHost {
  /** Reads files for the project config lookup (Node: the file system). */
  readConfigFile?: ConfigFileReader;
  /** Lists a folder (service files are checked against the task definition next to them). */
  listFiles?: FileHost['listFiles'];
  /** Reads a file next to a service file. */
  readFile?: FileHost['readFile'];
  /** The package version, sent as `serverInfo.version` (the Node entry passes it; see node/version.ts). */
  version?: string;
}

const NONE: FileConfig = { rules: {}, force: false, ignored: false };
/** Without a file watcher, a config file read is trusted this long. */
const UNWATCHED_TTL_MS = 3000;

export class ProjectConfig {
  private readonly files: ConfigFiles;
  private canWatch = false;
  private watching = false;
  private readAt = 0;
  private readonly shown = new Set<string>();
  private readonly merged = new WeakMap<object, WeakMap<Settings, Settings>>();
  private readonly enabled: boolean;

  constructor(
    private readonly connection: Connection,
    reader: ConfigFileReader | undefined,
    private readonly onChange: () => void,
  ) {
    this.files = new ConfigFiles(reader);
    this.enabled = reader !== undefined;
  }

  initialize(capabilities: ClientCapabilities): void {
    this.canWatch = !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  }

  /** The config file's word on a document (nothing for non-file URIs or without a reader). */
  forUri(uri: string): FileConfig {
    if (!this.enabled || !uri.startsWith('file:')) return NONE;
    this.watch();
    if (!this.watching && Date.now() - this.readAt > UNWATCHED_TTL_MS) {
      this.files.clear();
      this.readAt = Date.now();
    }
    let path: string;
    try {
      path = URI.parse(uri).fsPath;
    } catch {
      return NONE;
    }
    const fc = this.files.forFile(path);
    if (fc.configFile) this.tell(fc.configFile.warnings);
    return fc;
  }

  /**
   * The settings a document is checked with: the config file's rule severities with the editor settings
   * over them. The same inputs give the same object, so analyses stay cached. Also warns (once) about
   * unknown rule ids in the `ecsTaskdef.rules` setting.
   */
  apply(fc: FileConfig, settings: Settings): Settings {
    this.tell(ruleWarnings(settings.config.rules, 'Setting "ecsTaskdef.rules"'));
    if (Object.keys(fc.rules).length === 0) return settings;
    let bySettings = this.merged.get(fc.rules);
    if (!bySettings) this.merged.set(fc.rules, (bySettings = new WeakMap()));
    let out = bySettings.get(settings);
    if (!out) {
      out = { ...settings, config: { ...settings.config, rules: mergeRules(fc.rules, settings.config.rules) } };
      bySettings.set(settings, out);
    }
    return out;
  }

  private tell(warnings: string[]): void {
    for (const w of warnings) {
      if (this.shown.has(w)) continue;
      this.shown.add(w);
      this.connection.console.warn(`[ecs-taskdef] ${w}`);
      void this.connection.sendNotification('window/showMessage', { type: MessageType.Warning, message: `ECS task definitions: ${w}` });
    }
  }

  /** Watched files changed (the server's one handler passes every change): re-read config files. */
  filesChanged(changes: { uri: string }[]): void {
    if (!changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE_NAME}`) || c.uri.endsWith('/package.json'))) return;
    this.files.clear();
    this.onChange();
  }

  private watch(): void {
    if (!this.canWatch || this.watching) return;
    this.watching = true;
    this.connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/package.json' }],
      })
      .catch((err: unknown) => {
        this.watching = false;
        this.canWatch = false;
        this.connection.console.warn(`[ecs-taskdef] cannot watch config files: ${String(err)}`);
      });
  }
}
