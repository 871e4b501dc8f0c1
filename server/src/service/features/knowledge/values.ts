/** One-line explanations of the values hover and completion offer, in our own words. */

export interface ValueDoc {
  value: string;
  doc: string;
}

export const NETWORK_MODE_VALUES: ValueDoc[] = [
  { value: 'awsvpc', doc: 'Each task gets its own network interface (ENI) and private IP; required on Fargate.' },
  { value: 'bridge', doc: "Docker's bridge network on the instance; fixed or dynamic host ports. Linux EC2 only." },
  { value: 'host', doc: "Containers use the instance's network directly: container port = instance port. Linux EC2 only." },
  { value: 'none', doc: 'No external networking; port mappings are not allowed.' },
];

export const COMPATIBILITY_VALUES: ValueDoc[] = [
  { value: 'FARGATE', doc: 'Check it for Fargate: needs awsvpc and task-level cpu and memory.' },
  { value: 'EC2', doc: 'Check it for EC2 container instances in your cluster.' },
  { value: 'EXTERNAL', doc: 'Check it for ECS Anywhere: your own servers registered as external instances.' },
  { value: 'MANAGED_INSTANCES', doc: 'Check it for ECS Managed Instances: EC2 capacity that AWS runs for you.' },
];

export const PROTOCOL_VALUES: ValueDoc[] = [
  { value: 'tcp', doc: 'TCP, the default when protocol is omitted; the only one Service Connect supports.' },
  { value: 'udp', doc: 'UDP, for DNS, syslog, game or media traffic; not with Service Connect.' },
];

export const APP_PROTOCOL_VALUES: ValueDoc[] = [
  { value: 'http', doc: 'HTTP/1.1: Service Connect handles it as HTTP and reports HTTP metrics.' },
  { value: 'http2', doc: 'HTTP/2: Service Connect handles it as HTTP/2 and reports HTTP metrics.' },
  { value: 'grpc', doc: 'gRPC: Service Connect handles it as gRPC and reports gRPC metrics.' },
];
