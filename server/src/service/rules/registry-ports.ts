/** Port mappings, port ranges and Service Connect fields (rules.md sections 1–3). */
import type { Rule } from './types';
import { hostPortMismatch } from './host-port-mismatch';
import { portMappingsInNoneMode } from './port-mappings-in-none-mode';
import { missingContainerPort } from './missing-container-port';
import { portOutOfRange } from './port-out-of-range';
import { overlappingContainerPorts } from './overlapping-container-ports';
import { containerPortMultipleProtocols } from './container-port-multiple-protocols';
import { hostPortConflict } from './host-port-conflict';
import { reservedHostPort } from './reserved-host-port';
import { hostPortInEphemeralRange } from './host-port-in-ephemeral-range';
import { readOnlyProperty } from './read-only-property';

export const portRules: Rule[] = [
  hostPortMismatch,
  portMappingsInNoneMode,
  missingContainerPort,
  portOutOfRange,
  overlappingContainerPorts,
  containerPortMultipleProtocols,
  hostPortConflict,
  reservedHostPort,
  hostPortInEphemeralRange,
  readOnlyProperty,
];
