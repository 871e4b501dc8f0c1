import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { ruleTester } from '../helpers/rule-tester';
import { PORT_NAME, toValidPortName, uniquePortName } from '../../../server/src/service/rules/invalid-port-name';
import { fields, inline, taskJson, WEB } from '../helpers/task-json';

const td = (mappings: string) =>
  taskJson({ top: fields('"networkMode": "awsvpc"'), containers: [inline(...WEB, `"portMappings": [${mappings}]`)] });
const long = 'a'.repeat(64);

ruleTester('invalid-port-name', {
  valid: [
    { name: 'console style', text: td('{ "containerPort": 80, "name": "web-80-tcp" }') },
    { name: 'digits and underscore first', text: td('{ "containerPort": 80, "name": "8080" }, { "containerPort": 81, "name": "_x-" }') },
    { name: '64 characters', text: td(`{ "containerPort": 80, "name": "${long}" }`) },
    { name: 'placeholder', text: td('{ "containerPort": 80, "name": "${SERVICE}-http" }') },
    { name: 'bare placeholder', text: td('{ "containerPort": 80, "name": <PORT_NAME> }') },
    { name: 'null', text: td('{ "containerPort": 80, "name": null }') },
    { name: "wrong type is invalid-type's", text: td('{ "containerPort": 80, "name": 80 }') },
    { name: 'not a task definition', text: '{ "portMappings": [{ "containerPort": 80, "name": "Bad Name" }] }' },
  ],
  invalid: [
    {
      name: 'upper case and a space',
      text: td('{ "containerPort": 80, "name": ⟦"Web API"⟧ }'),
      problems: [{ message: 'Port mapping name "Web API" has upper-case letters, has characters other than a-z, 0-9, _ and - (" ")' }],
      fixTitles: ['Rename to "web-api"'],
      fixes: { 'Rename to "web-api"': td('{ "containerPort": 80, "name": "web-api" }') },
    },
    {
      name: 'leading hyphen and dots',
      text: td('{ "containerPort": 80, "name": ⟦"--svc.v1"⟧ }'),
      problems: [{ message: 'starts with -' }],
      fixes: { 'Rename to "svc-v1"': td('{ "containerPort": 80, "name": "svc-v1" }') },
    },
    {
      name: 'leading invalid character becomes a hyphen and is dropped',
      text: td('{ "containerPort": 80, "name": ⟦"@api"⟧ }'),
      problems: [{ message: '("@")' }],
      fixes: { 'Rename to "api"': td('{ "containerPort": 80, "name": "api" }') },
    },
    {
      name: 'too long is truncated to 64',
      text: td(`{ "containerPort": 80, "name": ⟦"${long}b"⟧ }`),
      problems: [{ message: 'is 65 characters long (at most 64)' }],
      fixes: { [`Rename to "${long}"`]: td(`{ "containerPort": 80, "name": "${long}" }`) },
    },
    {
      name: 'rewritten name would collide: suffix',
      text: td('{ "containerPort": 80, "name": "web" }, { "containerPort": 81, "name": ⟦"Web"⟧ }'),
      problems: [{ message: '"Web" has upper-case letters' }],
      fixes: { 'Rename to "web-2"': td('{ "containerPort": 80, "name": "web" }, { "containerPort": 81, "name": "web-2" }') },
    },
    {
      name: 'empty: no fix',
      text: td('{ "containerPort": 80, "name": ⟦""⟧ }'),
      problems: [{ message: 'Port mapping name "" is empty' }],
      fixTitles: [],
    },
    {
      name: 'only invalid characters: no fix',
      text: td('{ "containerPort": 80, "name": ⟦"---"⟧ }'),
      problems: [{ message: 'starts with -' }],
      fixTitles: [],
    },
  ],
});

describe('toValidPortName', () => {
  const cases: [string, string | undefined][] = [
    ['Web API', 'web-api'],
    ['-x', 'x'],
    ['__x', '__x'],
    ['ÄÖ', undefined],
    ['日本-web', 'web'],
    ['a😀b', 'a-b'],
    [`-${'B'.repeat(70)}`, 'b'.repeat(64)],
    ['---', undefined],
  ];
  for (const [input, want] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(want)}`, () => {
      const got = toValidPortName(input);
      assert.equal(got, want);
      if (got !== undefined) assert.match(got, PORT_NAME);
    });
  }
  it('uniquePortName keeps 64 characters', () => {
    const base = 'x'.repeat(64);
    const got = uniquePortName(base, new Set([base]));
    assert.equal(got, `${'x'.repeat(62)}-2`);
    assert.match(got, PORT_NAME);
  });
});
