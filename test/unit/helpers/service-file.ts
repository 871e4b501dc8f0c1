/** Fixtures for service files (ECS service JSON next to a task definition file): unit, protocol and CLI tests. */

/** A Fargate task definition file's text (2-space JSON) with one container `app` mapping `port`. */
export function fargateTaskFile(port: number, more: { family?: string; portName?: string; extra?: Record<string, unknown> } = {}): string {
  return JSON.stringify(
    {
      family: more.family ?? 'web',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [
        {
          name: 'app',
          image: 'nginx',
          portMappings: [{ containerPort: port, ...(more.portName === undefined ? {} : { name: more.portName }) }],
        },
      ],
      ...more.extra,
    },
    null,
    2,
  );
}

/** A Fargate service file whose load balancer sends to container `app` port 80. */
export const SERVICE_FILE = `{
  "launchType": "FARGATE",
  "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-1"] } },
  "loadBalancers": [{ "containerName": "app", "containerPort": 80, "targetGroupArn": "arn:tg" }]
}
`;
