import { isApiKey } from '../model/nodes';
import { valueRange } from './ranges';
import type { Rule } from './types';
import { containerLabel } from './util/containers';

/** A key that is probably a misspelt containerPort / containerPortRange (unknown-property reports it). */
function looksLikeContainerPortKey(rawKey: string): boolean {
  const k = rawKey.toLowerCase().replace(/[^a-z]/g, '');
  return k.startsWith('containerport') || k === 'port' || k === 'containerports';
}

export const missingContainerPort: Rule = {
  id: 'missing-container-port',
  severity: 'error',
  title: 'Every port mapping needs a containerPort or a containerPortRange.',
  why: 'A port mapping says which container port traffic goes to. Without containerPort (or a containerPortRange) ECS rejects the task definition.',
  awsError: "Invalid 'containerPort' setting for container 'container_1'.",
  check(ctx) {
    for (const container of ctx.task.containers) {
      for (const pm of container.portMappings) {
        const props = pm.node.properties;
        // Present with any value (null, placeholder, wrong type) is other rules' business.
        if (props.some((p) => isApiKey(p, 'containerPort') || isApiKey(p, 'containerPortRange'))) continue;
        // YAML merge keys and CloudFormation intrinsics can supply the port.
        if (props.some((p) => p.rawKey === '<<' || p.rawKey.startsWith('Fn::'))) continue;
        // A misspelt key is unknown-property's, with a rename fix.
        if (props.some((p) => looksLikeContainerPortKey(p.rawKey))) continue;
        const cp = ctx.spell('containerPort');
        ctx.report({
          range: valueRange(pm.node),
          message: `This port mapping of ${containerLabel(container)} has neither ${cp} nor ${ctx.spell('containerPortRange')}: add the ${cp} the application listens on.`,
        });
      }
    }
  },
};
