import { ruleTester } from '../helpers/rule-tester';
import { container, taskJson } from '../helpers/task-json';

const td = (task: string, extra: string) => taskJson({ top: task, containers: [container('"name": "web"', `"image": "nginx"${extra}`)] });

ruleTester('container-memory-required', {
  valid: [
    { name: 'task memory set', text: td('\n  "memory": "512",', '') },
    { name: 'task memory in GB', text: td('\n  "memory": "1 GB",', '') },
    { name: 'null container memory with task memory', text: td('\n  "memory": "512",', ',\n      "memory": null') },
    { name: 'container memory', text: td('', ',\n      "memory": 256') },
    { name: 'container memoryReservation', text: td('', ',\n      "memoryReservation": 128') },
    { name: 'placeholder task memory', text: td('\n  "memory": "${MEMORY}",', '') },
    { name: 'placeholder container memory', text: td('', ',\n      "memoryReservation": <MEMORY_RESV>') },
    { name: 'wrong-typed container memory is not ours', text: td('', ',\n      "memory": "256"') },
    { name: 'container array: task memory is set elsewhere', text: '[{ "name": "web", "image": "nginx", "essential": true }]' },
    { name: 'syntax error inside the task may hide memory', text: td('', ',\n      …\n') },
    {
      name: "Fargate without task memory is fargate-requires-task-size's",
      text: td('\n  "requiresCompatibilities": ["FARGATE"],\n  "networkMode": "awsvpc",\n  "cpu": "256",', ''),
    },
    { name: 'not a task definition', text: '{ "containers": [{ "name": "web", "image": "nginx" }] }' },
  ],
  invalid: [
    {
      name: 'no memory anywhere',
      text: td('', '').replace('"name": "web"', '"name": ⟦"web"⟧'),
      problems: [{ message: 'Container "web" sets neither memory nor memoryReservation, and the task sets no memory' }],
      fixTitles: ['Add memoryReservation: 512 (MiB, a guess to adjust)'],
      fixes: { 'Add memoryReservation: 512 (MiB, a guess to adjust)': td('', ',\n      "memoryReservation": 512') },
    },
    {
      name: 'null task memory and null container memory',
      text: td('\n  "memory": null,', ',\n      "memory": null,\n      "cpu": 128').replace('"name": "web"', '"name": ⟦"web"⟧'),
      problems: [{ message: 'Container "web"' }],
      fixes: {
        'Add memoryReservation: 512 (MiB, a guess to adjust)': td(
          '\n  "memory": null,',
          ',\n      "memory": null,\n      "memoryReservation": 512,\n      "cpu": 128',
        ),
      },
    },
    {
      name: 'only the container without settings, unnamed: the first key',
      text: `{"family": "web", "containerDefinitions": [{"name": "a", "image": "x", "memory": 64}, {⟦"image"⟧: "y"}]}`,
      problems: [{ message: 'Container #2 sets neither' }],
      fixes: {
        'Add memoryReservation: 512 (MiB, a guess to adjust)': `{"family": "web", "containerDefinitions": [{"name": "a", "image": "x", "memory": 64}, {"image": "y", "memoryReservation": 512}]}`,
      },
    },
    {
      name: 'CloudFormation spells PascalCase',
      text: `{ "Resources": { "T": { "Type": "AWS::ECS::TaskDefinition", "Properties": { "ContainerDefinitions": [
        { "Name": ⟦"a"⟧, "Image": "x" } ] } } } }`,
      problems: [{ message: 'sets neither Memory nor MemoryReservation, and the task sets no Memory' }],
      fixes: {
        'Add MemoryReservation: 512 (MiB, a guess to adjust)': `{ "Resources": { "T": { "Type": "AWS::ECS::TaskDefinition", "Properties": { "ContainerDefinitions": [
        { "Name": "a", "Image": "x", "MemoryReservation": 512 } ] } } } }`,
      },
    },
  ],
});
