import { ruleTester } from '../helpers/rule-tester';
import { fields, inline, taskJson } from '../helpers/task-json';

const td = (task: string, ...containers: string[]) =>
  taskJson({ top: fields(task), containers: containers.map((c, i) => inline(`"name": "c${i + 1}"`, '"image": "busybox"', c)) });

ruleTester('container-resources-exceed-task', {
  valid: [
    {
      name: 'within the task',
      text: td(
        '"cpu": "1024", "memory": "2048"',
        '"cpu": 512, "memory": 1024, "memoryReservation": 512',
        '"cpu": 512, "memoryReservation": 1536',
      ),
    },
    { name: 'container equal to task', text: td('"cpu": "256", "memory": "1024"', '"cpu": 256, "memory": 1024') },
    { name: 'text forms', text: td('"cpu": "1 vCPU", "memory": "2 GB"', '"cpu": 1024, "memory": 2048') },
    { name: 'no task size', text: td('"networkMode": "bridge"', '"cpu": 4096, "memory": 8192') },
    { name: 'placeholder task memory', text: td('"memory": "${MEMORY}"', '"memory": 8192') },
    { name: 'unparseable task memory', text: td('"memory": "lots"', '"memory": 8192') },
    { name: "number task memory is invalid-type's in JSON", text: td('"memory": 512', '"memory": 8192') },
    { name: 'placeholder container values', text: td('"cpu": "256", "memory": "512"', '"cpu": ${CPU}, "memory": "${MEM}"') },
    { name: 'container array has no task size', text: '[{ "name": "a", "image": "b", "memory": 99999 }]' },
    { name: 'not a task definition', text: '{ "memory": "1", "containers": [{ "memory": 2 }] }' },
  ],
  invalid: [
    {
      name: 'container memory above task memory',
      text: td('"memory": "512"', '"memory": ⟦1024⟧'),
      problems: [{ message: 'Container "c1" memory 1024 MiB is above the task memory 512 MiB.' }],
    },
    {
      name: 'text form is named',
      text: td('"memory": "1 GB"', '"memory": ⟦2048⟧'),
      problems: [{ message: 'above the task memory 1024 MiB ("1 GB")' }],
    },
    {
      name: 'reservations add up above task memory: reported on the task value',
      text: td('"memory": ⟦"1024"⟧', '"memoryReservation": 768', '"memoryReservation": 512', '"memoryReservation": "${X}"'),
      problems: [
        { message: 'The containers\' memoryReservation values add up to 1280 MiB ("c1" 768 + "c2" 512), above the task memory 1024 MiB' },
      ],
    },
    {
      name: 'one reservation above task memory: reported on it',
      text: td('"memory": "512"', '"memoryReservation": ⟦600⟧'),
      problems: [{ message: 'Container "c1" memoryReservation 600 MiB is above the task memory 512 MiB. ECS: "The sum of all container' }],
    },
    {
      name: 'cpu adds up above task cpu',
      text: td('"cpu": ⟦".25 vcpu"⟧', '"cpu": 128', '"cpu": 256'),
      problems: [
        {
          message:
            'The containers\' cpu values add up to 384 CPU units ("c1" 128 + "c2" 256), above the task cpu 256 CPU units (".25 vcpu")',
        },
      ],
    },
    {
      name: 'memory and cpu both over',
      text: td('"cpu": "256", "memory": "512"', '"cpu": ⟦512⟧, "memory": ⟦1024⟧'),
      problems: [{ message: 'cpu 512 CPU units is above the task cpu 256' }, { message: 'memory 1024 MiB is above the task memory 512' }],
    },
    {
      name: 'describe output',
      text: `{"taskDefinition": {"family": "x", "memory": "512", "containerDefinitions": [{"name": "a", "image": "b", "memory": ⟦513⟧}]}}`,
      problems: [{ message: 'memory 513 MiB is above the task memory 512 MiB' }],
    },
    {
      name: 'CloudFormation: numbers allowed for the task size',
      text: `{ "Resources": { "T": { "Type": "AWS::ECS::TaskDefinition", "Properties": { "Memory": 512, "ContainerDefinitions": [
        { "Name": "a", "Image": "x", "Memory": ⟦1024⟧ } ] } } } }`,
      problems: [{ message: 'Container "a" Memory 1024 MiB is above the task Memory 512 MiB' }],
    },
  ],
});
