/** The explicit registry of every rule. Adding a rule = rule file + registry line + test file + doc page. */
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
import { invalidContainerPortRange } from './invalid-container-port-range';
import { portRangeNetworkMode } from './port-range-network-mode';
import { hostPortWithPortRange } from './host-port-with-port-range';
import { containerPortWithPortRange } from './container-port-with-port-range';
import { tooManyPortRanges } from './too-many-port-ranges';
import { invalidPortName } from './invalid-port-name';
import { duplicatePortName } from './duplicate-port-name';
import { appProtocolWithoutName } from './app-protocol-without-name';
import { serviceConnectNetworkMode } from './service-connect-network-mode';
import { serviceConnectUdp } from './service-connect-udp';
import { fargateRequiresAwsvpc } from './fargate-requires-awsvpc';
import { fargateRequiresTaskSize } from './fargate-requires-task-size';
import { fargateInvalidTaskSize } from './fargate-invalid-task-size';
import { fargateUnsupportedParameter } from './fargate-unsupported-parameter';
import { fargateAwslogsNeedsExecutionRole } from './fargate-awslogs-needs-execution-role';
import { awslogsMissingOptions } from './awslogs-missing-options';
import { linksRequireBridge } from './links-require-bridge';
import { hostnameInAwsvpc } from './hostname-in-awsvpc';
import { extraHostsInAwsvpc } from './extra-hosts-in-awsvpc';
import { windowsNetworkMode } from './windows-network-mode';
import { invalidEnumValue } from './invalid-enum-value';
import { invalidType } from './invalid-type';
import { unknownProperty } from './unknown-property';
import { missingRequiredProperty } from './missing-required-property';
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
import { serviceContainerPortNotMapped } from './service-container-port-not-mapped';
import { serviceConnectUnknownPortName } from './service-connect-unknown-port-name';
import { serviceNetworkConfiguration } from './service-network-configuration';
import { serviceRegistryNeedsContainerPort } from './service-registry-needs-container-port';
import { fargateServiceIncompatibleTask } from './fargate-service-incompatible-task';
import { serviceConnectClientAliasPort } from './service-connect-client-alias-port';
import { targetGroupTargetType } from './target-group-target-type';
import { targetGroupHealthCheckDynamicPort } from './target-group-health-check-dynamic-port';
import { targetGroupHealthCheckPortUnmapped } from './target-group-health-check-port-unmapped';
import { serviceSecurityGroupIngress } from './service-security-group-ingress';

/** Every rule, in the order analyses run them (and so the order problems are reported in). */
export const allRules: Rule[] = [
  // Port mappings (rules.md section "Port mappings").
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
  // Port ranges and Service Connect fields (rules.md sections "Port ranges", "Service Connect fields").
  invalidContainerPortRange,
  portRangeNetworkMode,
  hostPortWithPortRange,
  containerPortWithPortRange,
  tooManyPortRanges,
  invalidPortName,
  duplicatePortName,
  appProtocolWithoutName,
  serviceConnectNetworkMode,
  serviceConnectUdp,
  // Network mode and launch type (rules.md section "Network mode and launch type").
  fargateRequiresAwsvpc,
  fargateRequiresTaskSize,
  fargateInvalidTaskSize,
  fargateUnsupportedParameter,
  fargateAwslogsNeedsExecutionRole,
  awslogsMissingOptions,
  linksRequireBridge,
  hostnameInAwsvpc,
  extraHostsInAwsvpc,
  windowsNetworkMode,
  // Schema-driven rules.
  invalidEnumValue,
  invalidType,
  unknownProperty,
  missingRequiredProperty,
  // Structure and values beyond the schema (rules.md section "Structure and values").
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
  // Across files: a service checked against its task definition (the five catalogue ids), then
  // against its target groups and security groups. These rules `checkService` one service.
  serviceContainerPortNotMapped,
  serviceConnectUnknownPortName,
  serviceNetworkConfiguration,
  serviceRegistryNeedsContainerPort,
  fargateServiceIncompatibleTask,
  serviceConnectClientAliasPort,
  targetGroupTargetType,
  targetGroupHealthCheckDynamicPort,
  targetGroupHealthCheckPortUnmapped,
  serviceSecurityGroupIngress,
];

const byId = new Map(allRules.map((r) => [r.id, r]));

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}
