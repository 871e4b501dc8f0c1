import { ruleTester } from '../helpers/rule-tester';
import { cfn, task } from '../helpers/schema-tasks';

ruleTester('invalid-type', {
  valid: [
    {
      name: 'every type right',
      text: task(
        '\n  "cpu": "256",\n  "memory": "0.5 GB",\n  "requiresCompatibilities": ["FARGATE"],\n  "enableFaultInjection": false,',
        `
      "cpu": 128, "memory": 512, "memoryReservation": 256, "essential": true,
      "command": ["sh", "-c", "run"],
      "environment": [{ "name": "PORT", "value": "80" }],
      "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "g", "awslogs-create-group": "true" } },
      "dockerLabels": { "a": "b" },
      "healthCheck": { "command": ["CMD", "true"], "interval": 30 },`,
        '{ "containerPort": 80, "hostPort": 0, "protocol": "tcp" }',
      ),
    },
    {
      name: 'null values (old console export)',
      text: task(
        '\n  "cpu": null,\n  "memory": null,\n  "ipcMode": null,\n  "volumes": null,',
        '\n      "memory": null,\n      "command": null,\n      "healthCheck": null,',
        '{ "containerPort": 80, "hostPort": null }',
      ),
    },
    {
      name: 'placeholders',
      text: task(
        '\n  "cpu": "${CPU}",',
        '\n      "memory": {{ .Memory }},\n      "essential": <ESSENTIAL>,',
        '{ "containerPort": ${PORT} }',
      ),
    },
    { name: 'unknown keys are not type-checked', text: task('\n  "cpuUnits": 256,', '\n      "Memory": "512",') },
    {
      name: 'CloudFormation coerces numbers, digit strings and boolean strings',
      text: cfn(
        '\n        "Cpu": 256,\n        "Memory": 512,',
        ', "Memory": "512", "Essential": "true", "PortMappings": [{ "ContainerPort": "80" }], "Environment": [{ "Name": "N", "Value": 3000 }]',
      ),
    },
    { name: 'CloudFormation intrinsics', text: cfn('\n        "Cpu": { "Ref": "Cpu" },', ', "Memory": { "Fn::If": ["c", 1, 2] }') },
    { name: 'not a task definition', text: '{ "cpu": 256, "containerPort": "80" }' },
  ],
  invalid: [
    {
      name: 'containerPort as a string',
      text: task('', '', '{ "containerPort": ⟦"80"⟧ }'),
      problems: [{ message: 'containerPort must be a whole number, not the string "80".' }],
      fixTitles: ['Change "80" to 80'],
      fixes: { 'Change "80" to 80': task('', '', '{ "containerPort": 80 }') },
    },
    {
      name: 'task cpu and memory as numbers',
      text: task('\n  "cpu": ⟦256⟧,\n  "memory": ⟦512⟧,'),
      problems: [
        { message: 'cpu must be a string, not the number 256. At task level the ECS API takes cpu as a string' },
        { message: 'memory must be a string, not the number 512.' },
      ],
      fixes: { 'Change 256 to "256"': task('\n  "cpu": "256",\n  "memory": 512,') },
    },
    {
      name: 'container memory as a string',
      text: task('', '\n      "memory": ⟦"512"⟧,\n      "cpu": ⟦"0.5"⟧,'),
      problems: [
        { message: 'memory must be a whole number, not the string "512"' },
        { message: 'cpu must be a whole number, not the string "0.5"' },
      ],
      fixes: { 'Change "512" to 512': task('', '\n      "memory": 512,\n      "cpu": "0.5",') },
    },
    {
      name: 'fractional integer, no fix',
      text: task('', '\n      "cpu": ⟦0.5⟧,'),
      problems: [{ message: 'cpu must be a whole number, not the fraction 0.5.' }],
      fixTitles: [],
    },
    {
      name: 'portMappings given as an object: no fix',
      text: task('', '', '').replace('"portMappings": []', '"portMappings": ⟦{ "containerPort": 80 }⟧'),
      problems: [{ message: 'portMappings must be an array (of PortMapping), not an object.' }],
      fixTitles: [],
    },
    {
      name: 'boolean written as a string',
      text: task('', '\n      "essential": ⟦"true"⟧,'),
      problems: [{ message: 'essential must be true or false, not the string "true".' }],
      fixes: { 'Change "true" to true': task('', '\n      "essential": true,') },
    },
    {
      name: 'environment value as a number, log option as a boolean',
      text: task(
        '',
        `
      "environment": [{ "name": "PORT", "value": ⟦3000⟧ }],
      "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-create-group": ⟦true⟧ } },`,
      ),
      problems: [
        { message: 'value must be a string, not the number 3000.' },
        { message: '"awslogs-create-group" in options must be a string, not the boolean true.' },
      ],
      fixes: {
        'Change 3000 to "3000"': task(
          '',
          `
      "environment": [{ "name": "PORT", "value": "3000" }],
      "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-create-group": true } },`,
        ),
      },
    },
    {
      name: 'array items and a string where an array belongs',
      text: task('\n  "requiresCompatibilities": ⟦"FARGATE"⟧,', '\n      "command": ["node", ⟦8⟧],'),
      problems: [
        { message: 'requiresCompatibilities must be an array (of string), not the string "FARGATE".' },
        { message: 'Each command entry must be a string, not the number 8.' },
      ],
    },
    {
      name: 'object where a string belongs',
      text: task('', '\n      "image": ⟦{ "name": "nginx" }⟧,'),
      problems: [{ message: 'image must be a string, not an object.' }],
    },
    {
      name: 'container array',
      text: '[{ "name": "web", "image": "nginx", "memory": ⟦"256"⟧ }]',
      problems: [{ message: 'memory must be a whole number' }],
      fixes: { 'Change "256" to 256': '[{ "name": "web", "image": "nginx", "memory": 256 }]' },
    },
    {
      name: 'CloudFormation: clear mismatches only',
      text: cfn('', ', "Memory": ⟦"512 MiB"⟧, "PortMappings": ⟦{ "ContainerPort": 80 }⟧, "Essential": ⟦1⟧'),
      problems: [
        { message: 'Memory must be a whole number, not the string "512 MiB".' },
        { message: 'PortMappings must be an array' },
        { message: 'Essential must be true or false, not the number 1.' },
      ],
    },
  ],
});
