import { type PropertyNode, isApiKey, pathOf } from '../model/nodes';
import { keyRange } from './ranges';
import type { Fix, FixEdit, Rule } from './types';

/** Task-level keys that only DescribeTaskDefinition returns (RegisterTaskDefinition does not take them). */
export const READ_ONLY_TASK_KEYS: readonly string[] = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
  'deleteRequestedAt',
];

const TOOLS = 'The AWS CLI rejects it, but the aws-actions deploy action and ecspresso strip it before registering.';

export const readOnlyProperty: Rule = {
  id: 'read-only-property',
  severity: 'warning',
  title: 'A field that only describe output contains, not a register-task-definition input.',
  why: 'DescribeTaskDefinition returns fields that ECS sets itself (ARN, revision, status, registration time, …) and DescribeTasks reports hostPortRange for port ranges. They are not inputs: `aws ecs register-task-definition --cli-input-json` fails with "Unknown parameter in input". Some deploy tools remove them silently, which is why many files still carry them.',
  awsError:
    'Unknown parameter in input: "registeredAt", must be one of: family, taskRoleArn, executionRoleArn, networkMode, containerDefinitions, volumes, placementConstraints, requiresCompatibilities, cpu, memory, tags, pidMode, ipcMode, proxyConfiguration, inferenceAccelerators',
  check(ctx) {
    const { kind, task, wrapper } = ctx.task;
    const registerJson = kind === 'register' || kind === 'describe';
    const found: { prop: PropertyNode; message: string }[] = [];
    if (registerJson && task) {
      for (const prop of task.properties) {
        if (!READ_ONLY_TASK_KEYS.includes(prop.key)) continue;
        found.push({
          prop,
          message: `"${prop.rawKey}" is set by ECS and only appears in describe-task-definition output; it is not a register-task-definition input. ${TOOLS}`,
        });
      }
    }
    for (const container of ctx.task.containers) {
      for (const pm of container.portMappings) {
        for (const prop of pm.node.properties) {
          if (!isApiKey(prop, 'hostPortRange')) continue;
          const where =
            kind === 'cloudformation'
              ? 'CloudFormation rejects it as an unknown property.'
              : 'The AWS CLI rejects it; tools that read the file into SDK types (ecspresso, Terraform) drop it silently.';
          found.push({
            prop,
            message: `"${prop.rawKey}" is not a port mapping field: ECS only reports it in DescribeTasks network bindings, for a ${ctx.spell('containerPortRange')}. ${where}`,
          });
        }
      }
    }
    found.sort((a, b) => a.prop.offset - b.prop.offset);
    const removeAll: FixEdit[] = found.map((f) => ({ op: 'remove', path: pathOf(f.prop) }));
    const n = found.length;

    if (kind === 'describe' && wrapper) {
      const fixes: Fix[] = [{ title: 'Unwrap taskDefinition', isPreferred: true, edits: [{ op: 'unwrap', path: pathOf(wrapper) }] }];
      // Remove first (paths inside the wrapper), then unwrap.
      if (n > 0)
        fixes.push({
          title: `Unwrap taskDefinition and remove the ${n} read-only field${n === 1 ? '' : 's'}`,
          edits: [...removeAll, { op: 'unwrap', path: pathOf(wrapper) }],
        });
      ctx.report({
        range: keyRange(wrapper),
        message: `The task definition is wrapped in {"${wrapper.rawKey}": …} as describe-task-definition prints it. The AWS CLI rejects the wrapper (Unknown parameter in input: "${wrapper.rawKey}"); ecspresso accepts it, the aws-actions deploy action does not.`,
        fixes,
      });
    }

    for (const f of found) {
      const fixes: Fix[] = [{ title: `Remove ${f.prop.rawKey}`, isPreferred: true, edits: [{ op: 'remove', path: pathOf(f.prop) }] }];
      if (n > 1) fixes.push({ title: `Remove all ${n} read-only fields`, edits: removeAll });
      ctx.report({ range: keyRange(f.prop), message: f.message, fixes });
    }
  },
};
