import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, fixAll } from '../../../server/src/service';
import { ruleTester } from '../helpers/rule-tester';

const RULE = 'read-only-property';

/** `aws ecs describe-task-definition --include TAGS` output: 4-space indentation. */
const describe4 = (tags: string) => `{
    ⟦"taskDefinition"⟧: {
        "family": "web",
        ⟦"taskDefinitionArn"⟧: "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3",
        "containerDefinitions": [
            {
                "name": "web",
                "image": "nginx"
            }
        ],
        ⟦"revision"⟧: 3,
        "networkMode": "awsvpc"
    },
    "tags": ${tags}
}
`;
const TAGS4 = `[
        {
            "key": "team",
            "value": "web"
        }
    ]`;
const unwrapped4 = (keep: boolean) => `{
    "family": "web",${keep ? '\n    "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3",' : ''}
    "containerDefinitions": [
        {
            "name": "web",
            "image": "nginx"
        }
    ],${keep ? '\n    "revision": 3,' : ''}
    "networkMode": "awsvpc",
    "tags": [
        {
            "key": "team",
            "value": "web"
        }
    ]
}
`;

const register = `{
  "family": "web",
  ⟦"status"⟧: "ACTIVE",
  "containerDefinitions": [
    {
      "name": "web",
      "image": "nginx",
      "status": "not task level",
      "portMappings": [{ "containerPort": 8000, ⟦"hostPortRange"⟧: "8000-8000" }]
    }
  ],
  ⟦"compatibilities"⟧: ["EC2", "FARGATE"],
  "requiresCompatibilities": ["FARGATE"]
}`;
const strip = (s: string) => s.replace(/[⟦⟧]/g, '');

ruleTester(RULE, {
  valid: [
    {
      name: 'plain register input',
      text: '{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx", "portMappings": [{ "containerPort": 80 }] }] }',
    },
    {
      name: 'the same keys inside a container are not task level',
      text: '{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx", "status": "x", "revision": 1 }] }',
    },
    {
      name: "CloudFormation has no describe-only task fields (unknown-property's)",
      text: '{ "Resources": { "TD": { "Type": "AWS::ECS::TaskDefinition", "Properties": { "Revision": 3, "Status": "ACTIVE", "ContainerDefinitions": [{ "Name": "web", "Image": "nginx" }] } } } }',
    },
    {
      name: 'container array has no task level',
      text: '[{ "name": "web", "image": "nginx", "revision": 3, "portMappings": [{ "containerPort": 80 }] }]',
    },
    { name: 'not a task definition', text: '{ "taskDefinitionArn": "arn:x", "revision": 3 }' },
  ],
  invalid: [
    {
      name: 'register input with describe-only fields and hostPortRange',
      text: register,
      problems: [
        {
          message:
            '"status" is set by ECS and only appears in describe-task-definition output; it is not a register-task-definition input. The AWS CLI rejects it, but the aws-actions deploy action and ecspresso strip it',
        },
        { message: '"hostPortRange" is not a port mapping field: ECS only reports it in DescribeTasks network bindings' },
        { message: '"compatibilities" is set by ECS' },
      ],
      fixTitles: ['Remove status', 'Remove all 3 read-only fields'],
      fixes: {
        'Remove status': strip(register).replace('\n  "status": "ACTIVE",', ''),
        'Remove all 3 read-only fields': `{
  "family": "web",
  "containerDefinitions": [
    {
      "name": "web",
      "image": "nginx",
      "status": "not task level",
      "portMappings": [{ "containerPort": 8000 }]
    }
  ],
  "requiresCompatibilities": ["FARGATE"]
}`,
      },
    },
    {
      name: 'describe output (4 spaces) with tags: unwrap carries the tags',
      text: describe4(TAGS4),
      problems: [
        {
          message:
            'The task definition is wrapped in {"taskDefinition": …} as describe-task-definition prints it. The AWS CLI rejects the wrapper',
        },
        { message: '"taskDefinitionArn"' },
        { message: '"revision"' },
      ],
      fixTitles: ['Unwrap taskDefinition', 'Unwrap taskDefinition and remove the 2 read-only fields'],
      fixes: {
        'Unwrap taskDefinition': unwrapped4(true),
        'Unwrap taskDefinition and remove the 2 read-only fields': unwrapped4(false),
      },
    },
    {
      name: 'describe output (2 spaces), empty tags are dropped',
      text: `{
  ⟦"taskDefinition"⟧: {
    "family": "web",
    "containerDefinitions": [
      { "name": "web", "image": "nginx" }
    ]
  },
  "tags": []
}`,
      problems: [{ message: 'ecspresso accepts it, the aws-actions deploy action does not' }],
      fixTitles: ['Unwrap taskDefinition'],
      fixes: {
        'Unwrap taskDefinition': `{
  "family": "web",
  "containerDefinitions": [
    { "name": "web", "image": "nginx" }
  ]
}`,
      },
    },
    {
      name: 'describe output (2 spaces) with tags and a trailing comma in the object',
      text: `{
  ⟦"taskDefinition"⟧: {
    "family": "web",
    "containerDefinitions": [{ "name": "web", "image": "nginx" }],
  },
  "tags": [{ "key": "a", "value": "b" }]
}`,
      problems: [{ message: 'wrapped' }],
      fixes: {
        'Unwrap taskDefinition': `{
  "family": "web",
  "containerDefinitions": [{ "name": "web", "image": "nginx" }],
  "tags": [{ "key": "a", "value": "b" }],
}`,
      },
    },
    {
      name: 'one-line describe output',
      text: '{⟦"taskDefinition"⟧: {"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx"}]}, "tags": [{"key": "a", "value": "b"}]}',
      problems: [{ message: 'wrapped' }],
      fixes: {
        'Unwrap taskDefinition':
          '{"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx"}], "tags": [{"key": "a", "value": "b"}]}',
      },
    },
    {
      name: 'describe output whose object already has tags keeps its own',
      text: '{\n  ⟦"taskDefinition"⟧: {\n    "family": "web",\n    "containerDefinitions": [],\n    "tags": []\n  },\n  "tags": [{"key": "a", "value": "b"}]\n}',
      problems: [{ message: 'wrapped' }],
      fixes: { 'Unwrap taskDefinition': '{\n  "family": "web",\n  "containerDefinitions": [],\n  "tags": []\n}' },
    },
    {
      name: 'CloudFormation HostPortRange',
      text: '{ "Resources": { "TD": { "Type": "AWS::ECS::TaskDefinition", "Properties": { "ContainerDefinitions": [{ "Name": "web", "Image": "nginx", "PortMappings": [{ "ContainerPortRange": "8000-8001", ⟦"HostPortRange"⟧: "8000-8001" }] }] } } } }',
      problems: [
        {
          message:
            '"HostPortRange" is not a port mapping field: ECS only reports it in DescribeTasks network bindings, for a ContainerPortRange. CloudFormation rejects it',
        },
      ],
      fixes: {
        'Remove HostPortRange':
          '{ "Resources": { "TD": { "Type": "AWS::ECS::TaskDefinition", "Properties": { "ContainerDefinitions": [{ "Name": "web", "Image": "nginx", "PortMappings": [{ "ContainerPortRange": "8000-8001" }] }] } } } }',
      },
    },
  ],
});

test('read-only-property: fix-all turns describe output into register input', () => {
  const result = fixAll(strip(describe4(TAGS4)), {}, DEFAULT_CONFIG, (id) => id === RULE);
  assert.equal(result.text, unwrapped4(false));
  assert.equal(result.applied, 3);
});
