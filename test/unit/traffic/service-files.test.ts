/** Service JSON and AppSpec files checked against the task definition file next to them. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument, doHover, validate } from '../../../server/src/service';
import { familyOf } from '../../../server/src/service/traffic/service-file';
import { ruleTester } from '../helpers/rule-tester';
import { fargateTaskFile } from '../helpers/service-file';

const task = (family: string, extra: Record<string, unknown> = {}, port = 3000) => ({
  uri: `file:///app/${family}-taskdef.json`,
  text: fargateTaskFile(port, { family, portName: 'http', extra }),
});
const svcOptions = (...related: { uri: string; text: string }[]) => ({ uri: 'file:///app/ecs-service-def.json', related });
const service = (port: string, extra = '') => `{
  "launchType": "FARGATE",${extra}
  "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-1"], "securityGroups": ["sg-1"] } },
  "loadBalancers": [
    { "containerName": "app", "containerPort": ${port}, "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/app/1" }
  ]
}`;
const appspec = (port: string) => `version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: <TASK_DEFINITION>
        LoadBalancerInfo:
          ContainerName: app
          ContainerPort: ${port}
`;

ruleTester('service-container-port-not-mapped', {
  valid: [
    { name: 'service file, mapped port', text: service('3000'), options: svcOptions(task('web')) },
    { name: 'service file alone', text: service('80') },
    {
      name: 'two task definitions and no taskDefinition: ambiguous',
      text: service('80'),
      options: svcOptions(task('web'), task('worker')),
    },
    {
      name: 'taskDefinition names a family not in the folder',
      text: service('80', '\n  "taskDefinition": "billing:4",'),
      options: svcOptions(task('web')),
    },
    {
      name: 'taskDefinition is a placeholder, two tasks',
      text: service('80', '\n  "taskDefinition": "{{ must_env `TASKDEF` }}",'),
      options: svcOptions(task('web'), task('worker')),
    },
    { name: 'AppSpec, mapped', text: appspec('3000'), options: { uri: 'file:///app/appspec.yaml', related: [task('web')] } },
  ],
  invalid: [
    {
      name: 'service file, unmapped port',
      text: service('⟦80⟧'),
      options: svcOptions(task('web')),
      problems: [
        {
          message:
            'The load balancer of the service sends traffic to containerPort 80 of container "app", but no port mapping of that container has it (it maps 3000)',
        },
      ],
      fixes: { 'Set containerPort to 3000': service('3000') },
    },
    {
      name: 'taskDefinition picks the family among two',
      text: service('⟦3000⟧', '\n  "taskDefinition": "arn:aws:ecs:us-east-1:1:task-definition/worker:7",'),
      options: svcOptions(task('web'), task('worker', {}, 8080)),
      problems: [{ message: 'it maps 8080' }],
    },
    {
      name: 'AppSpec, unmapped port',
      text: appspec('⟦80⟧'),
      options: { uri: 'file:///app/appspec.yaml', related: [task('web')] },
      problems: [{ message: 'The LoadBalancerInfo of the AppSpec sends traffic to ContainerPort 80 of container "app"' }],
      fixes: { 'Set ContainerPort to 3000': appspec('3000') },
    },
  ],
});

ruleTester('service-network-configuration', {
  valid: [{ name: 'awsvpc with networkConfiguration', text: service('3000'), options: svcOptions(task('web')) }],
  invalid: [
    {
      name: 'awsvpc without networkConfiguration',
      text: '{\n  ⟦"launchType"⟧: "FARGATE",\n  "desiredCount": 1\n}',
      options: svcOptions(task('web')),
      problems: [{ message: 'The service runs the task definition in web-taskdef.json in awsvpc mode but has no networkConfiguration' }],
    },
  ],
});

ruleTester('fargate-service-incompatible-task', {
  valid: [],
  invalid: [
    {
      name: 'bridge task file',
      text: '{\n  "launchType": ⟦"FARGATE"⟧,\n  "desiredCount": 1\n}',
      options: svcOptions(task('web', { networkMode: 'bridge', requiresCompatibilities: ['EC2'] })),
      problems: [
        {
          message:
            'launchType FARGATE, but the task definition in web-taskdef.json cannot run on Fargate: requiresCompatibilities does not list FARGATE and it uses bridge mode',
        },
      ],
    },
  ],
});

ruleTester('service-connect-unknown-port-name', {
  valid: [],
  invalid: [
    {
      name: 'service file portName',
      text: '{\n  "networkConfiguration": {},\n  "serviceConnectConfiguration": { "enabled": true, "services": [{ "portName": ⟦"web"⟧ }] }\n}',
      options: svcOptions(task('web')),
      problems: [
        {
          message:
            'portName "web" of the service is not the name of any port mapping of the task definition in web-taskdef.json (named ports: http)',
        },
      ],
      fixes: {
        'Set portName to "http"':
          '{\n  "networkConfiguration": {},\n  "serviceConnectConfiguration": { "enabled": true, "services": [{ "portName": "http" }] }\n}',
      },
    },
  ],
});

describe('service files', () => {
  it('reads the family out of taskDefinition forms', () => {
    assert.equal(familyOf('web'), 'web');
    assert.equal(familyOf('web:12'), 'web');
    assert.equal(familyOf('arn:aws:ecs:us-east-1:123456789012:task-definition/web-app:3'), 'web-app');
    assert.equal(familyOf('<TASK_DEFINITION>'), undefined);
    assert.equal(familyOf('{{ tfstate `x` }}'), undefined);
  });

  it('a service file gets nothing from the task-definition rules', () => {
    const doc = analyzeDocument(service('3000'), svcOptions(task('web')));
    assert.equal(doc.tasks.length, 0);
    assert.deepEqual(validate(doc), []);
  });

  it('the task definition file gets nothing from the service next to it', () => {
    const t = task('web');
    const doc = analyzeDocument(t.text, { uri: t.uri, related: [{ uri: 'file:///app/ecs-service-def.json', text: service('80') }] });
    assert.deepEqual(
      validate(doc).map((p) => p.ruleId),
      [],
    );
  });

  it('an unreadable related file is skipped', () => {
    const doc = analyzeDocument(
      service('80'),
      svcOptions({ uri: 'file:///app/broken.json', text: '{ "family": "web", "containerDefinitions": [' }, task('web')),
    );
    assert.deepEqual(
      validate(doc).map((p) => p.ruleId),
      ['service-container-port-not-mapped'],
    );
  });
});

describe('hover in a service file', () => {
  it("explains the problem with AWS's own words and shows the port map on taskDefinition", () => {
    const text = service('80', '\n  "taskDefinition": "web:3",');
    const doc = analyzeDocument(text, svcOptions(task('web')));
    const problems = validate(doc);
    const at = (s: string) => (doHover(doc, text.indexOf(s) + 1, problems)?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(at('80,'), /AWS reports this as:\n\n> The container app did not have a container port 80 defined\./);
    assert.match(at('"taskDefinition"'), /\*\*Port map: web\*\* \(awsvpc\)/);
  });
});
