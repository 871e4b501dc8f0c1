/** Schema-driven rules: unknown-property, invalid-type, invalid-enum-value, missing-required-property. */
import type { Rule } from './types';

export const schemaRules: Rule[] = [
];
