/** The requests the VS Code client sends the language server beyond LSP, with their shapes. */
export type { DocumentStatus, LaunchType, TaskStatus } from '../service/features/status';

/** What the server sees in one document (the language status item). Answer: DocumentStatus. */
export const STATUS_REQUEST = 'ecsTaskdef/status';

export interface StatusParams {
  textDocument: { uri: string };
}

/** "Show Port Map": markdown for every task definition of the document (or the one its service runs). */
export const PORT_MAP_REQUEST = 'ecsTaskdef/portMap';

export interface PortMapParams {
  textDocument: { uri: string };
}

export interface PortMapResult {
  markdown: string;
}
