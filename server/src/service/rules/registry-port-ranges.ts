/** Port ranges and Service Connect fields (rules.md sections "Port ranges", "Service Connect fields"). */
import type { Rule } from './types';

export const portRangeRules: Rule[] = [
];
