/** Network mode and launch type (rules.md section "Network mode and launch type"). */
import type { Rule } from './types';
import { fargateRequiresAwsvpc } from './fargate-requires-awsvpc';

export const taskRules: Rule[] = [
  fargateRequiresAwsvpc,
];
