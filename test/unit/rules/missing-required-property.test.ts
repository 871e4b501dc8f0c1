import { ruleTester } from '../helpers/rule-tester';
import { cfnJson, cfnProperties } from '../helpers/task-json';

const cfn = (entries: string, props = '') => cfnJson(cfnProperties(`${props}\n        "ContainerDefinitions": [${entries}]`));

ruleTester('missing-required-property', {
  valid: [
    { name: 'complete', text: '{ "family": "web", "containerDefinitions": [{ "name": "web", "image": "nginx" }] }' },
    {
      name: 'placeholders count as present',
      text: '{ "family": "${FAMILY}", "containerDefinitions": [{ "name": "<NAME>", "image": "<IMAGE1_NAME>" }] }',
    },
    { name: 'null is left alone', text: '{ "family": "web", "containerDefinitions": [{ "name": "web", "image": null }] }' },
    { name: "wrong type is invalid-type's", text: '{ "family": "web", "containerDefinitions": [{ "name": "web", "image": 5 }] }' },
    { name: "empty name is invalid-name's", text: '{ "family": "web", "containerDefinitions": [{ "name": "", "image": "nginx" }] }' },
    {
      name: "wrongly cased key is unknown-property's",
      text: '{ "family": "web", "containerDefinitions": [{ "Name": "web", "imgae": "nginx" }] }',
    },
    { name: 'CloudFormation: Family is optional', text: cfn('{ "Name": "web", "Image": "nginx" }') },
    { name: "CloudFormation: camelCase name is unknown-property's", text: cfn('{ "name": "web", "Image": "nginx" }') },
    { name: 'container array has no task level', text: '[{ "name": "web", "image": "nginx", "memory": 128 }]' },
    { name: 'not a task definition', text: '{ "name": "web" }' },
  ],
  invalid: [
    {
      name: 'no family: insert it, named after the first container',
      text: `⟦{⟧
  "containerDefinitions": [{ "name": "web", "image": "nginx" }]
}`,
      problems: [
        { message: 'The task definition has no family: register-task-definition requires a family (it names the task definition' },
      ],
      fixTitles: ['Insert family: "web"'],
      fixes: {
        'Insert family: "web"': `{
  "containerDefinitions": [{ "name": "web", "image": "nginx" }],
  "family": "web"
}`,
      },
    },
    {
      name: 'no family and no usable container name',
      text: '⟦{⟧ "containerDefinitions": [{ "name": "my web", "image": "nginx" }] }',
      problems: [{ message: 'no family' }],
      fixes: {
        'Insert family: "REPLACE_ME"': '{ "containerDefinitions": [{ "name": "my web", "image": "nginx" }], "family": "REPLACE_ME" }',
      },
    },
    {
      name: 'container without image',
      text: `{
  "family": "web",
  "containerDefinitions": [
    ⟦{⟧
      "name": "web",
      "memory": 128
    }
  ]
}`,
      problems: [
        { message: 'Container "web" has no image: every container needs one (ECS: "Container.image should not be null or empty.")' },
      ],
      fixes: {
        'Insert image: "REPLACE_ME"': `{
  "family": "web",
  "containerDefinitions": [
    {
      "name": "web",
      "image": "REPLACE_ME",
      "memory": 128
    }
  ]
}`,
      },
    },
    {
      name: 'container without name: named after the image, unique',
      text: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx" }, ⟦{⟧ "image": "123.dkr.ecr.eu-west-1.amazonaws.com/team/app:1.2" }] }',
      problems: [{ message: 'Container containerDefinitions[1] has no name' }],
      fixes: {
        'Insert name: "app-2"':
          '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx" }, { "image": "123.dkr.ecr.eu-west-1.amazonaws.com/team/app:1.2", "name": "app-2" }] }',
      },
    },
    {
      name: 'container with neither: one problem, one fix inserting both',
      text: '{ "family": "web", "containerDefinitions": [⟦{⟧ "essential": true }] }',
      problems: [{ message: 'Container containerDefinitions[0] has no name and no image: every container needs both' }],
      fixes: {
        'Insert name: "container-1" and image: "REPLACE_ME"':
          '{ "family": "web", "containerDefinitions": [{ "essential": true, "name": "container-1", "image": "REPLACE_ME" }] }',
      },
    },
    {
      name: 'empty image string',
      text: '{ "family": "web", "containerDefinitions": [{ "name": "web", "image": ⟦""⟧ }] }',
      problems: [{ message: 'Container "web" has an empty image' }],
      fixTitles: [],
    },
    {
      name: 'describe output, family missing inside the wrapper',
      text: '{ "taskDefinition": ⟦{⟧ "containerDefinitions": [{ "name": "a", "image": "b" }] } }',
      problems: [{ message: 'no family' }],
      fixes: { 'Insert family: "a"': '{ "taskDefinition": { "containerDefinitions": [{ "name": "a", "image": "b" }], "family": "a" } }' },
    },
    {
      name: 'forced document without containerDefinitions',
      options: { force: true },
      text: '⟦{⟧ "family": "web" }',
      problems: [
        {
          message: 'The task definition has no containerDefinitions: register-task-definition requires at least one container definition.',
        },
      ],
      fixes: {
        'Insert containerDefinitions: [{"name":"app","image":"REPLACE_ME"}]':
          '{ "family": "web", "containerDefinitions": [{"name":"app","image":"REPLACE_ME"}] }',
      },
    },
    {
      name: 'forced document with neither family nor containerDefinitions',
      options: { force: true },
      text: '⟦{⟧ "cpu": "256" }',
      problems: [{ message: 'The task definition has no family and no containerDefinitions: register-task-definition requires a family' }],
      fixes: {
        'Insert family: "REPLACE_ME" and containerDefinitions: [{"name":"app","image":"REPLACE_ME"}]':
          '{ "cpu": "256", "family": "REPLACE_ME", "containerDefinitions": [{"name":"app","image":"REPLACE_ME"}] }',
      },
    },
    {
      name: 'container array',
      text: '[⟦{⟧ "name": "web", "memory": 128 }]',
      problems: [{ message: 'Container "web" has no image' }],
      fixes: { 'Insert image: "REPLACE_ME"': '[{ "name": "web", "image": "REPLACE_ME", "memory": 128 }]' },
    },
    {
      name: 'CloudFormation: container Image, PascalCase insert',
      text: cfn('⟦{⟧ "Name": "web", "Memory": 128 }'),
      problems: [{ message: 'Container "web" has no Image' }],
      fixes: { 'Insert Image: "REPLACE_ME"': cfn('{ "Name": "web", "Image": "REPLACE_ME", "Memory": 128 }') },
    },
  ],
});
