/**
 * The network mode as hover and completion explain it: which mode applies, and how this file
 * arrives at it (written, omitted and defaulted, required by Fargate, or not knowable).
 */
import type { TaskDefinitionModel } from '../../model/taskdef';
import { taskContextOf } from '../../model/terraform-context';

export type ModeName = 'awsvpc' | 'bridge' | 'host' | 'none' | 'nat';

export interface ModeView {
  /** The mode the text and suggestions are written for; undefined when it cannot be known. */
  mode: ModeName | undefined;
  /** One markdown line saying what the mode is and why (`Network mode: **awsvpc** (set in …)`). */
  line: string;
  /** True when the file does not say the mode and it is taken from a default or from Fargate. */
  implied: boolean;
  fargate: boolean;
  windows: boolean;
}

const code = (s: string) => `\`${s}\``;

/** `spell` turns an API key into the file's spelling (`networkMode` / `NetworkMode`). */
export function modeView(task: TaskDefinitionModel, spell: (k: string) => string): ModeView {
  const nm = task.networkMode;
  const fargate = task.fargate === true;
  const windows = task.os === 'windows';
  const key = code(spell('networkMode'));
  const base = { fargate, windows };
  const loadedBy = task.task ? undefined : taskContextOf(task);
  if (loadedBy) {
    const from = `from the Terraform resource ${code(loadedBy.resource)} that loads this file`;
    return {
      ...base,
      mode: nm.effective,
      implied: !loadedBy.networkModeExplicit,
      line: nm.effective ? `Network mode: **${nm.effective}** (${from}).` : `Network mode: not known (${from}).`,
    };
  }
  if (!task.task) {
    return {
      ...base,
      mode: undefined,
      implied: true,
      line: 'Network mode: not in this file (these containers get it from the task definition that uses them).',
    };
  }
  if (nm.explicit) {
    const v = nm.property?.value;
    if (nm.effective) {
      const where = fargate ? `set in ${key}, as Fargate requires` : `set in ${key}`;
      const note = fargate && nm.effective !== 'awsvpc' ? ' Fargate only accepts **awsvpc**, so ECS rejects this task definition.' : '';
      return { ...base, mode: nm.effective, implied: false, line: `Network mode: **${nm.effective}** (${where}).${note}` };
    }
    if (v?.type === 'unknown') {
      return {
        ...base,
        mode: fargate ? 'awsvpc' : undefined,
        implied: true,
        line: `Network mode: ${code(v.text)}, a placeholder, so not known until deploy time.${fargate ? ' This task is for Fargate, which only accepts **awsvpc**.' : ''}`,
      };
    }
    const shown = v?.type === 'string' && v.value.trim() !== '' ? code(v.value) : 'this value';
    return {
      ...base,
      mode: fargate ? 'awsvpc' : undefined,
      implied: true,
      line: `Network mode: ${shown} is not a network mode ECS knows (**awsvpc**, **bridge**, **host** or **none**).`,
    };
  }
  if (fargate) {
    return {
      ...base,
      mode: 'awsvpc',
      implied: true,
      line: `Network mode: ${key} is missing, but Fargate only accepts **awsvpc**: add it. Explained here as awsvpc.`,
    };
  }
  if (nm.effective === 'bridge') {
    return {
      ...base,
      mode: 'bridge',
      implied: true,
      line: `Network mode: **bridge** (${key} is omitted, which means bridge on Linux EC2 instances).`,
    };
  }
  if (nm.effective === 'nat') {
    return {
      ...base,
      mode: 'nat',
      implied: true,
      line: `Network mode: Windows default, Docker **NAT** (${key} is omitted on a Windows task).`,
    };
  }
  return {
    ...base,
    mode: undefined,
    implied: true,
    line: `Network mode: not known (${key} is omitted and the launch type or operating system is not known).`,
  };
}
