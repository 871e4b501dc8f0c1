import { ruleTester } from '../helpers/rule-tester';
import { object, taskJson, WEB } from '../helpers/task-json';

const td = (more: string) => taskJson({ containers: [object(...WEB, more)], oneLine: true });

ruleTester('memory-below-reservation', {
  valid: [
    { name: 'memory above reservation', text: td('"memory": 512, "memoryReservation": 256') },
    { name: 'equal is allowed', text: td('"memory": 512, "memoryReservation": 512') },
    { name: 'only memory', text: td('"memory": 128') },
    { name: 'only reservation', text: td('"memoryReservation": 128') },
    { name: 'placeholder reservation', text: td('"memory": 128, "memoryReservation": ${RESV}') },
    { name: 'null memory', text: td('"memory": null, "memoryReservation": 256') },
    { name: 'wrong type is not ours', text: td('"memory": "128", "memoryReservation": 256') },
    { name: 'not a task definition', text: '{ "memory": 1, "memoryReservation": 2 }' },
  ],
  invalid: [
    {
      name: 'memory below reservation',
      text: td('"memory": ⟦256⟧, "memoryReservation": 512'),
      problems: [{ message: 'memory 256 MiB is below memoryReservation 512 MiB in container "web"' }],
    },
    {
      name: 'container array',
      text: '[{ "name": "a", "image": "b", "memoryReservation": 300, "memory": ⟦200⟧ }]',
      problems: [{ message: 'memory 200 MiB is below memoryReservation 300 MiB' }],
    },
    {
      name: 'CloudFormation',
      text: `{ "Resources": { "T": { "Type": "AWS::ECS::TaskDefinition", "Properties": { "ContainerDefinitions": [
        { "Name": "a", "Image": "x", "Memory": ⟦100⟧, "MemoryReservation": 200 } ] } } } }`,
      problems: [{ message: 'Memory 100 MiB is below MemoryReservation 200 MiB' }],
    },
  ],
});
