/** Network mode and launch type (rules.md section "Network mode and launch type"). */
import type { Rule } from './types';
import { fargateRequiresAwsvpc } from './fargate-requires-awsvpc';
import { fargateRequiresTaskSize } from './fargate-requires-task-size';
import { fargateInvalidTaskSize } from './fargate-invalid-task-size';
import { fargateUnsupportedParameter } from './fargate-unsupported-parameter';
import { fargateAwslogsNeedsExecutionRole } from './fargate-awslogs-needs-execution-role';
import { awslogsMissingOptions } from './awslogs-missing-options';
import { linksRequireBridge } from './links-require-bridge';
import { hostnameInAwsvpc } from './hostname-in-awsvpc';
import { extraHostsInAwsvpc } from './extra-hosts-in-awsvpc';
import { windowsNetworkMode } from './windows-network-mode';

export const taskRules: Rule[] = [
  fargateRequiresAwsvpc,
  fargateRequiresTaskSize,
  fargateInvalidTaskSize,
  fargateUnsupportedParameter,
  fargateAwslogsNeedsExecutionRole,
  awslogsMissingOptions,
  linksRequireBridge,
  hostnameInAwsvpc,
  extraHostsInAwsvpc,
  windowsNetworkMode,
];
