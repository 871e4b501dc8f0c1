/** Structure and values beyond the schema (rules.md section "Structure and values"). */
import type { Rule } from './types';

export const structureRules: Rule[] = [
];
