/** Cross-resource rules: a service checked against its task definition, target groups and security groups. */
import type { Rule } from './types';
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

/** The five "Across files" ids of the rule catalogue. */
export const catalogueServiceRules: Rule[] = [
  serviceContainerPortNotMapped,
  serviceConnectUnknownPortName,
  serviceNetworkConfiguration,
  serviceRegistryNeedsContainerPort,
  fargateServiceIncompatibleTask,
];

export const serviceRules: Rule[] = [
  ...catalogueServiceRules,
  serviceConnectClientAliasPort,
  targetGroupTargetType,
  targetGroupHealthCheckDynamicPort,
  targetGroupHealthCheckPortUnmapped,
  serviceSecurityGroupIngress,
];
