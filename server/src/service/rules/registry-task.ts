/** Network mode and launch type (rules.md section "Network mode and launch type"). */
import type { Rule } from './types';
import { fargateRequiresAwsvpc } from './fargate-requires-awsvpc';
import { fargateRequiresTaskSize } from './fargate-requires-task-size';
import { fargateInvalidTaskSize } from './fargate-invalid-task-size';

export const taskRules: Rule[] = [
  fargateRequiresAwsvpc,
  fargateRequiresTaskSize,
  fargateInvalidTaskSize,
];
