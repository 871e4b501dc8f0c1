/** Port ranges and Service Connect fields (rules.md sections "Port ranges", "Service Connect fields"). */
import type { Rule } from './types';
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

export const portRangeRules: Rule[] = [
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
];
