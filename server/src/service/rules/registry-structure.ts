/** Structure and values beyond the schema (rules.md section "Structure and values"). */
import type { Rule } from './types';
import { invalidName } from './invalid-name';
import { emptyContainerDefinitions } from './empty-container-definitions';
import { tooManyContainers } from './too-many-containers';
import { duplicateContainerName } from './duplicate-container-name';
import { noEssentialContainer } from './no-essential-container';
import { containerMemoryRequired } from './container-memory-required';
import { memoryBelowReservation } from './memory-below-reservation';
import { containerResourcesExceedTask } from './container-resources-exceed-task';
import { essentialDependencyCondition } from './essential-dependency-condition';
import { unknownContainerReference } from './unknown-container-reference';
import { duplicateEnvironmentVariable } from './duplicate-environment-variable';

export const structureRules: Rule[] = [
  invalidName,
  emptyContainerDefinitions,
  tooManyContainers,
  duplicateContainerName,
  noEssentialContainer,
  containerMemoryRequired,
  memoryBelowReservation,
  containerResourcesExceedTask,
  essentialDependencyCondition,
  unknownContainerReference,
  duplicateEnvironmentVariable,
];
