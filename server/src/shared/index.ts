/**
 * What the VS Code client and the language server hosts share: request names and shapes, the settings
 * section, the task-definition sniff. Pure (no `vscode`, no LSP connection, no `node:*`): the desktop and
 * web clients import it, so it pulls in nothing of the core beyond the sniff.
 */
export * from './protocol';
export * from './settings';
export * from './sniff';
export * from './formats';
