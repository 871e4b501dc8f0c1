import { type ObjectNode, type PropertyNode, asArray, asObject, get, getProperty, pathOf, usedValue } from '../model/nodes';
import { linksReportedByNetworkRule } from './links-require-bridge';
import { extraHostsReportedByNetworkRule } from './extra-hosts-in-awsvpc';
import { keyRange, propRange, valueRange } from './ranges';
import type { Fix, RuleContext, Rule, SourceRange } from './types';
import { whereNamed } from './util/containers';

/** Container parameters Fargate rejects whenever they are used (non-empty / true). */
const CONTAINER_KEYS = [
  'links',
  'privileged',
  'disableNetworking',
  'dnsServers',
  'dnsSearchDomains',
  'dockerSecurityOptions',
  'extraHosts',
];
const LINUX_PARAMETER_KEYS = ['maxSwap', 'swappiness', 'devices', 'sharedMemorySize', 'tmpfs'];
/** Valid log drivers (the enum) that Fargate does not run; other strings are invalid-enum-value's. */
const NON_FARGATE_DRIVERS = new Set(['json-file', 'syslog', 'journald', 'gelf', 'fluentd']);

const IPC_MODES = new Set(['host', 'task', 'none']);

export const fargateUnsupportedParameter: Rule = {
  id: 'fargate-unsupported-parameter',
  severity: 'error',
  title: 'A Fargate task uses a parameter Fargate does not support.',
  why: 'Fargate runs each task in its own managed micro-VM without access to the host: no privileged mode, no host devices, swap or IPC/PID namespaces, no Docker links, DNS or /etc/hosts overrides, no placement constraints, and only the awslogs, splunk and awsfirelens log drivers. ECS rejects such a task definition at registration.',
  awsError: 'Tasks using the Fargate launch type do not support ipcMode.',
  check(ctx) {
    const model = ctx.task;
    const task = model.task;
    if (!task || model.fargate !== true) return;
    const r = reporter(ctx);
    checkTask(ctx, task, r);
    const skipLinks = linksReportedByNetworkRule(model);
    const skipExtraHosts = extraHostsReportedByNetworkRule(model);
    for (const c of model.containers) {
      const where = whereNamed(c, ' (', ')');
      for (const key of CONTAINER_KEYS) {
        if ((key === 'links' && skipLinks) || (key === 'extraHosts' && skipExtraHosts)) continue;
        const prop = getProperty(c.node, key);
        if (prop && usedValue(prop.value)) r.removable(prop, `${ctx.spell(key)}${where}`);
      }
      checkLinuxParameters(ctx, asObject(get(c.node, 'linuxParameters')), where, r);
      const driverProp = getProperty(asObject(get(c.node, 'logConfiguration')), 'logDriver');
      const driver = driverProp?.value;
      if (driverProp && driver?.type === 'string' && NON_FARGATE_DRIVERS.has(driver.value)) {
        r.report(
          propRange(driverProp),
          `Fargate does not support the ${driver.value} log driver${where}; use awslogs, splunk or awsfirelens.`,
          [],
        );
      }
      for (const item of asArray(get(c.node, 'resourceRequirements'))?.items ?? []) {
        const type = get(asObject(item), 'type');
        if (type?.type === 'string' && type.value === 'GPU') {
          r.report(valueRange(type), `Fargate does not support GPU ${ctx.spell('resourceRequirements')}${where}.`, [
            { title: 'Remove the GPU requirement', edits: [{ op: 'remove', path: pathOf(item) }] },
          ]);
        }
      }
    }
  },
};

interface Reporter {
  report(range: SourceRange, message: string, fixes: Fix[]): void;
  /** "Fargate does not support <label>", with a fix removing the property. */
  removable(prop: PropertyNode, label: string, extra?: string): void;
}

function reporter(ctx: RuleContext): Reporter {
  const report = (range: SourceRange, message: string, fixes: Fix[]) => ctx.report({ range, message, fixes });
  return {
    report,
    removable(prop, label, extra = '') {
      report(keyRange(prop), `Fargate does not support ${label}${extra}.`, [
        { title: `Remove ${prop.rawKey}`, edits: [{ op: 'remove', path: pathOf(prop) }] },
      ]);
    },
  };
}

function checkTask(ctx: RuleContext, task: ObjectNode, r: Reporter): void {
  const ipc = getProperty(task, 'ipcMode');
  if (ipc && ipc.value?.type === 'string' && IPC_MODES.has(ipc.value.value))
    r.removable(ipc, ctx.spell('ipcMode'), ` (here "${ipc.value.value}")`);
  const pid = getProperty(task, 'pidMode');
  const pidValue = pid?.value;
  if (pid && pidValue?.type === 'string' && pidValue.value !== '') {
    const windows = ctx.task.os === 'windows';
    if (pidValue.value === 'host' || (windows && pidValue.value === 'task')) {
      const pm = ctx.spell('pidMode');
      const fixes: Fix[] = [{ title: `Remove ${pm}`, edits: [{ op: 'remove', path: pathOf(pid) }] }];
      if (!windows) fixes.push({ title: `Set ${pm} to task`, edits: [{ op: 'set', path: pathOf(pidValue), value: 'task' }] });
      r.report(
        propRange(pid),
        windows
          ? `Windows tasks on Fargate do not support ${pm}.`
          : `Fargate supports only ${pm} "task" (shared by the containers of this task), not "host".`,
        fixes,
      );
    }
  }
  const placement = getProperty(task, 'placementConstraints');
  if (placement && usedValue(placement.value, 'array')) {
    r.removable(placement, `task ${ctx.spell('placementConstraints')}`, ': Fargate places tasks itself');
  }
  for (const volume of asArray(get(task, 'volumes'))?.items ?? []) {
    const obj = asObject(volume);
    const dvc = getProperty(obj, 'dockerVolumeConfiguration');
    if (!dvc || dvc.value?.type !== 'object') continue;
    const name = get(obj, 'name');
    const label = name?.type === 'string' ? ` (volume "${name.value}")` : '';
    r.removable(dvc, `${ctx.spell('dockerVolumeConfiguration')}${label}`, '; use an EFS volume or a bind mount');
  }
}

function checkLinuxParameters(ctx: RuleContext, lp: ObjectNode | undefined, where: string, r: Reporter): void {
  if (!lp) return;
  const lpKey = ctx.spell('linuxParameters');
  for (const key of LINUX_PARAMETER_KEYS) {
    const prop = getProperty(lp, key);
    const value = usedValue(prop?.value);
    if (!prop || !value || value.type === 'object' || value.type === 'string') continue;
    r.removable(prop, `${lpKey}.${ctx.spell(key)}${where}`);
  }
  const add = asArray(get(asObject(get(lp, 'capabilities')), 'add'));
  for (const item of add?.items ?? []) {
    if (item.type !== 'string' || item.value === 'SYS_PTRACE') continue;
    r.report(valueRange(item), `Fargate can only add the SYS_PTRACE capability, not ${item.value}${where}.`, [
      { title: `Remove ${item.value}`, edits: [{ op: 'remove', path: pathOf(item) }] },
    ]);
  }
}
