import { ruleTester } from '../helpers/rule-tester';

const containers = (n: number) => Array.from({ length: n }, (_, i) => `{ "name": "c${i + 1}", "image": "busybox" }`);
const td = (n: number, key = '"containerDefinitions"') => `{ "family": "web", ${key}: [${containers(n).join(', ')}] }`;

ruleTester('too-many-containers', {
  valid: [
    { name: 'ten containers', text: td(10) },
    { name: 'one container', text: td(1) },
    { name: 'ten containers and a placeholder item', text: td(10).replace(']', ', "${MORE}"]') },
    { name: 'container array of ten', text: `[${containers(10).join(', ')}]` },
  ],
  invalid: [
    {
      name: 'eleven containers',
      text: td(11, '⟦"containerDefinitions"⟧'),
      problems: [{ message: 'This task definition has 11 containers; ECS allows at most 10' }],
    },
    {
      name: 'describe output with twelve',
      text: `{ "taskDefinition": ${td(12, '⟦"containerDefinitions"⟧')} }`,
      problems: [{ message: '12 containers' }],
    },
    {
      name: 'container array: points at the eleventh container',
      text: `[${containers(10).join(', ')}, { "name": ⟦"c11"⟧, "image": "busybox" }]`,
      problems: [{ message: '11 containers' }],
    },
    {
      name: 'container array: eleventh without a name',
      text: `[${containers(10).join(', ')}, { ⟦"image"⟧: "busybox", "memory": 64 }]`,
      problems: [{ message: '11 containers' }],
    },
  ],
});
