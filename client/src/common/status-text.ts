/** The text of the language status item, from the server's `ecsTaskdef/status` answer (no vscode import: unit-tested). */
import type { DocumentStatus, TaskStatus } from '../../../server/src/shared';

export interface StatusText {
  text: string;
  detail: string;
  /** True when the item should show as a warning (checks are off for a task definition). */
  warning: boolean;
}

export const NOT_A_TASK_DEFINITION: StatusText = {
  text: 'Not a task definition',
  detail: 'No Amazon ECS task definition found in this file',
  warning: false,
};

export function statusText(status: DocumentStatus): StatusText {
  if (!status.isTaskDefinition) return NOT_A_TASK_DEFINITION;
  const text = status.count === 1 ? ['ECS task definition', ...facts(status.tasks[0])].join(' · ') : `${status.count} ECS task definitions`;
  if (!status.enabled) return { text: `${text} · checks off`, detail: 'ecsTaskdef.enable is off for this file', warning: true };
  const detail =
    status.count === 1
      ? 'Checked by ECS Task Definition Tools'
      : status.tasks.map((t, i) => `${t.name ?? `#${i + 1}`}: ${facts(t).join(' · ') || 'unknown'}`).join('; ');
  return { text, detail, warning: false };
}

function facts(task: TaskStatus): string[] {
  const out: string[] = [];
  if (task.networkMode) out.push(task.defaultNetworkMode ? `${task.networkMode} (default)` : task.networkMode);
  else out.push('network mode unknown');
  if (task.launchType !== 'unknown') out.push(task.launchType);
  return out;
}
