import { getProperty } from '../model/nodes';
import { keyRange, propRange } from './ranges';
import type { RelatedInfo, Rule } from './types';
import { usedString } from './util/ports';

export const serviceConnectNetworkMode: Rule = {
  id: 'service-connect-network-mode',
  severity: 'warning',
  title: 'Service Connect port fields (name, appProtocol) need bridge or awsvpc mode on Linux.',
  why: 'Service Connect adds a proxy to the task and routes to named port mappings. It works only in bridge and awsvpc network mode and does not support Windows containers, so name and appProtocol cannot be used there.',
  check(ctx) {
    const task = ctx.task;
    const mode = task.networkMode.effective;
    const windows = task.os === 'windows';
    if (!windows && mode !== 'host' && mode !== 'none') return;
    const nm = ctx.spell('networkMode');
    const reason = windows
      ? 'Service Connect does not support Windows tasks'
      : `Service Connect does not support ${nm} ${mode}; use bridge or awsvpc`;
    const related: RelatedInfo[] = [];
    if (windows) {
      const rp = task.task ? getProperty(task.task, 'runtimePlatform') : undefined;
      if (rp) related.push({ ...keyRange(rp), message: 'Windows operating system family' });
    } else if (task.networkMode.property) {
      related.push({ ...keyRange(task.networkMode.property), message: `${nm} ${mode}` });
    }
    for (const c of task.containers) {
      for (const pm of c.portMappings) {
        const nameProp = getProperty(pm.node, 'name');
        const apProp = getProperty(pm.node, 'appProtocol');
        const prop = usedString(nameProp) ? nameProp : usedString(apProp) ? apProp : undefined;
        if (!prop) continue;
        const value = usedString(prop)!.value;
        ctx.report({
          range: propRange(prop),
          message: `Port mapping ${ctx.spell(prop.key)} ${JSON.stringify(value)} is a Service Connect setting, but ${reason}.`,
          related,
        });
      }
    }
  },
};
