/** Port mappings, port ranges and Service Connect fields (rules.md sections 1–3). */
import type { Rule } from './types';
import { hostPortMismatch } from './host-port-mismatch';

export const portRules: Rule[] = [
  hostPortMismatch,
];
