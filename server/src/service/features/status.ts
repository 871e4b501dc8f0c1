/**
 * What the core sees in one document, for the VS Code language status item ("ECS task definition ·
 * awsvpc · Fargate" or "not a task definition"); hosts send it as `ecsTaskdef/status` (shared/protocol.ts).
 */
import type { AnalyzedDocument } from '../model/document';
import { asArray, get } from '../model/nodes';
import type { TaskDefinitionModel } from '../model/taskdef';

export type LaunchType = 'Fargate' | 'EC2' | 'External' | 'unknown';

export interface TaskStatus {
  /** CloudFormation logical id, when the task is a resource of a template. */
  name?: string;
  /** The network mode the task runs with; `undefined` when it cannot be known (a placeholder, an invalid value). */
  networkMode?: string;
  /** True when `networkMode` is not written and the mode shown is the default. */
  defaultNetworkMode: boolean;
  launchType: LaunchType;
}

export interface DocumentStatus {
  isTaskDefinition: boolean;
  /** Number of task definitions (or container-definition arrays) in the document. */
  count: number;
  /** The first task's network mode (see `tasks` for all). */
  networkMode?: string;
  /** The first task's Fargate flag: true, false, or 'unknown' (a placeholder in requiresCompatibilities). */
  fargate?: boolean | 'unknown';
  /** False when `ecsTaskdef.enable` is off for the document. */
  enabled: boolean;
  tasks: TaskStatus[];
}

export function statusOf(doc: AnalyzedDocument | undefined, enabled: boolean): DocumentStatus {
  const tasks = (doc?.tasks ?? []).map(taskStatus);
  const first = doc?.tasks[0];
  return {
    isTaskDefinition: tasks.length > 0,
    count: tasks.length,
    networkMode: tasks[0]?.networkMode,
    fargate: first?.fargate,
    enabled,
    tasks,
  };
}

function taskStatus(task: TaskDefinitionModel): TaskStatus {
  const mode = task.networkMode.effective;
  return {
    name: task.resourceName,
    networkMode: mode === 'nat' ? 'default (NAT)' : mode,
    defaultNetworkMode: !task.networkMode.explicit && mode !== undefined,
    launchType: launchType(task),
  };
}

function launchType(task: TaskDefinitionModel): LaunchType {
  if (task.fargate === true) return 'Fargate';
  if (task.fargate === 'unknown') return 'unknown';
  const listed = asArray(get(task.task, 'requiresCompatibilities'))?.items.map((i) => (i.type === 'string' ? i.value : ''));
  if (listed && listed.includes('EXTERNAL') && !listed.includes('EC2')) return 'External';
  return 'EC2';
}
