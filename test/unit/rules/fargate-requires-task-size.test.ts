import { ruleTester } from '../helpers/rule-tester';
import { fields, taskJson } from '../helpers/task-json';

const task = (top: string, first = '{ "name": "web", "image": "nginx" }') =>
  taskJson({ top: fields('"networkMode": "awsvpc"', '"requiresCompatibilities": ["FARGATE"]') + top, containers: [`    ${first}`] });
const marked = (top: string, container?: string) =>
  task(top, container).replace('"requiresCompatibilities"', '⟦"requiresCompatibilities"⟧');

ruleTester('fargate-requires-task-size', {
  valid: [
    { name: 'both set', text: task('\n  "cpu": "256",\n  "memory": "512",') },
    { name: 'text forms', text: task('\n  "cpu": "1 vCPU",\n  "memory": "2 GB",') },
    { name: 'placeholders count as set', text: task('\n  "cpu": "${CPU}",\n  "memory": "{{ memory }}",') },
    { name: 'null values are invalid-type territory', text: task('\n  "cpu": null,\n  "memory": null,') },
    { name: 'EC2 task without sizes', text: task('').replace('FARGATE', 'EC2') },
    { name: 'no requiresCompatibilities', text: task('').replace('\n  "requiresCompatibilities": ["FARGATE"],', '') },
    { name: 'unknown compatibilities', text: task('').replace('["FARGATE"]', '"${COMPAT}"') },
    { name: 'container array', text: '[{ "name": "web", "image": "nginx", "memory": 512 }]' },
  ],
  invalid: [
    {
      name: 'both missing: smallest size inserted after requiresCompatibilities',
      text: marked(''),
      problems: [{ message: 'needs task-level cpu and memory; both are missing' }],
      fixTitles: ['Add "cpu": "256" and "memory": "512"'],
      fixes: { 'Add "cpu": "256" and "memory": "512"': task('\n  "cpu": "256",\n  "memory": "512",') },
    },
    {
      name: 'both missing: size covers the containers',
      text: marked('', '{ "name": "web", "image": "nginx", "cpu": 512, "memory": 3000 }'),
      problems: [{ message: 'both are missing' }],
      fixes: {
        'Add "cpu": "512" and "memory": "3072"': task(
          '\n  "cpu": "512",\n  "memory": "3072",',
          '{ "name": "web", "image": "nginx", "cpu": 512, "memory": 3000 }',
        ),
      },
    },
    {
      name: 'cpu missing: smallest cpu that allows the memory, inserted before memory',
      text: marked('\n  "memory": "4096",'),
      problems: [{ message: 'needs task-level cpu; only memory is set' }],
      fixTitles: ['Add "cpu": "512"'],
      fixes: { 'Add "cpu": "512"': task('\n  "cpu": "512",\n  "memory": "4096",') },
    },
    {
      name: 'cpu missing, memory in GB text',
      text: marked('\n  "memory": "16 GB",'),
      problems: [{ message: 'only memory is set' }],
      fixes: { 'Add "cpu": "2048"': task('\n  "cpu": "2048",\n  "memory": "16 GB",') },
    },
    {
      name: 'memory missing: smallest memory for the cpu',
      text: marked('\n  "cpu": "1024",'),
      problems: [{ message: 'needs task-level memory; only cpu is set' }],
      fixes: { 'Add "memory": "2048"': task('\n  "cpu": "1024",\n  "memory": "2048",') },
    },
    {
      name: 'memory missing: covers container memory',
      text: marked('\n  "cpu": "1 vCPU",', '{ "name": "web", "image": "nginx", "memoryReservation": 2500 }'),
      problems: [{ message: 'only cpu is set' }],
      fixes: {
        'Add "memory": "3072"': task(
          '\n  "cpu": "1 vCPU",\n  "memory": "3072",',
          '{ "name": "web", "image": "nginx", "memoryReservation": 2500 }',
        ),
      },
    },
    {
      name: 'Windows: smallest size is 1 vCPU',
      text: marked('\n  "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_CORE" },'),
      problems: [{ message: 'both are missing' }],
      fixTitles: ['Add "cpu": "1024" and "memory": "2048"'],
    },
    {
      name: 'memory is a placeholder: reported, no fix guessed',
      text: marked('\n  "memory": "${MEMORY}",'),
      problems: [{ message: 'only memory is set' }],
      fixTitles: [],
    },
    {
      name: 'EC2 and FARGATE: Fargate rules apply',
      text: marked('\n  "cpu": "256",').replace('["FARGATE"]', '["EC2", "FARGATE"]'),
      problems: [{ message: 'only cpu is set' }],
    },
    {
      name: 'CloudFormation spells Cpu/Memory',
      text: `{"Resources": {"T": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"NetworkMode": "awsvpc", ⟦"RequiresCompatibilities"⟧: ["FARGATE"], "Cpu": "256", "ContainerDefinitions": [{"Name": "a", "Image": "b"}]}}}}`,
      problems: [{ message: 'needs task-level Memory; only Cpu is set' }],
      fixes: {
        'Add "Memory": "512"': `{"Resources": {"T": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"NetworkMode": "awsvpc", "RequiresCompatibilities": ["FARGATE"], "Cpu": "256", "Memory": "512", "ContainerDefinitions": [{"Name": "a", "Image": "b"}]}}}}`,
      },
    },
  ],
});
