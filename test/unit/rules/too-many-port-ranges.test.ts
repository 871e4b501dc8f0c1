import { ruleTester } from '../helpers/rule-tester';

const ranges = (n: number, start = 1000) =>
  Array.from({ length: n }, (_, i) => `{ "containerPortRange": "${start + i * 10}-${start + i * 10 + 5}" }`).join(',\n        ');

const td = (mappings: string, key = '"portMappings"') => `{
  "family": "web",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    { "name": "web", "image": "nginx", ${key}: [
        ${mappings}
      ] }
  ]
}`;

ruleTester('too-many-port-ranges', {
  valid: [
    { name: 'exactly 100 ranges', text: td(ranges(100)) },
    { name: '100 ranges plus single ports', text: td(`${ranges(100)}, { "containerPort": 80 }, { "containerPort": 81 }`) },
    { name: '100 ranges plus placeholders', text: td(`${ranges(100)}, { "containerPortRange": "\${R}" }`) },
    { name: 'not a task definition', text: `{ "portMappings": [${ranges(101)}] }` },
  ],
  invalid: [
    {
      name: '101 ranges in one container',
      text: td(ranges(101), '⟦"portMappings"⟧'),
      problems: [{ message: 'Container "web" has 101 containerPortRange mappings; ECS allows at most 100 per container' }],
      fixTitles: [],
    },
  ],
});
