/** Network mode and launch type (rules.md section "Network mode and launch type"). */
import type { Rule } from './types';

export const taskRules: Rule[] = [
];
