/** Schema-driven rules: unknown-property, invalid-type, invalid-enum-value, missing-required-property. */
import type { Rule } from './types';
import { invalidEnumValue } from './invalid-enum-value';
import { invalidType } from './invalid-type';
import { unknownProperty } from './unknown-property';
import { missingRequiredProperty } from './missing-required-property';

export const schemaRules: Rule[] = [
  invalidEnumValue,
  invalidType,
  unknownProperty,
  missingRequiredProperty,
];
