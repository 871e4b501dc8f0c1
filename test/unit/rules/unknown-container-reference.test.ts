import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { problemsOf, ruleTester } from '../helpers/rule-tester';
import { closestNames } from '../../../server/src/service/rules/unknown-container-reference';
import { container, inline, taskJson } from '../helpers/task-json';

const td = (ref: string, names = ['php-app-container', 'nginx-container']) =>
  taskJson({
    containers: [inline(`"name": "${names[0]}"`, '"image": "php"'), container(`"name": "${names[1]}"`, '"image": "nginx"', ref)],
  });

const link = (v: string) => `"links": [${v}]`;
const dep = (v: string) => `"dependsOn": [{ "containerName": ${v}, "condition": "START" }]`;
const vol = (v: string) => `"volumesFrom": [{ "sourceContainer": ${v}, "readOnly": true }]`;

ruleTester('unknown-container-reference', {
  valid: [
    {
      name: 'proxyConfiguration names an existing container',
      text: `{"family": "w", "proxyConfiguration": {"type": "APPMESH", "containerName": "envoy"}, "containerDefinitions": [{"name": "envoy", "image": "e"}]}`,
    },
    { name: 'link with alias', text: td(link('"php-app-container:app"')) },
    { name: 'link without alias', text: td(link('"php-app-container"')) },
    { name: 'dependsOn', text: td(dep('"php-app-container"')) },
    { name: 'volumesFrom', text: td(vol('"php-app-container"')) },
    { name: 'placeholder reference', text: td(dep('"${APP}"')) },
    { name: 'null reference', text: td(vol('null')) },
    { name: 'placeholder container name could be the one', text: td(dep('"app"'), ['${APP_NAME}', 'nginx']) },
    { name: 'placeholder container item could be the one', text: td(dep('"app"')).replace('\n  ]', ', "${MORE}"\n  ]') },
    { name: 'syntax error among containers', text: td(dep('"app"')).replace('"image": "php"', '"image": "php" …') },
    { name: 'not a task definition', text: '{ "containers": [{ "name": "a", "links": ["b"] }] }' },
  ],
  invalid: [
    {
      name: 'proxyConfiguration names a missing container (the ecspresso envoy mistake)',
      text: `{
  "family": "web",
  "proxyConfiguration": { "type": "APPMESH", "containerName": ⟦"envoy"⟧ },
  "containerDefinitions": [
    { "name": "app", "image": "nginx" },
    { "name": "envoy-proxy", "image": "envoy" }
  ]
}`,
      problems: [
        {
          message:
            'proxyConfiguration names the proxy container "envoy", which this task definition does not have. Did you mean "envoy-proxy"?',
        },
      ],
      fixes: {
        'Use container "envoy-proxy"': `{
  "family": "web",
  "proxyConfiguration": { "type": "APPMESH", "containerName": "envoy-proxy" },
  "containerDefinitions": [
    { "name": "app", "image": "nginx" },
    { "name": "envoy-proxy", "image": "envoy" }
  ]
}`,
      },
    },
    {
      name: 'links entry names a missing container (the 5sfayas mistake): fix keeps the alias',
      text: td(link('⟦"app-container:app-container"⟧')),
      problems: [
        {
          message:
            'links entry "app-container:app-container" names container "app-container", which this task definition does not have. Did you mean "php-app-container"?',
        },
      ],
      fixTitles: ['Use container "php-app-container"'],
      fixes: { 'Use container "php-app-container"': td(link('"php-app-container:app-container"')) },
    },
    {
      name: 'dependsOn typo',
      text: td(dep('⟦"php-app-contianer"⟧')),
      problems: [{ message: 'dependsOn names container "php-app-contianer"' }],
      fixes: { 'Use container "php-app-container"': td(dep('"php-app-container"')) },
    },
    {
      name: 'volumesFrom with a case difference',
      text: td(vol('⟦"PHP-App-Container"⟧')),
      problems: [{ message: 'volumesFrom names container "PHP-App-Container"' }],
      fixes: { 'Use container "php-app-container"': td(vol('"php-app-container"')) },
    },
    {
      name: 'nothing close: no fix',
      text: td(dep('⟦"redis"⟧')),
      problems: [{ message: 'names container "redis", which this task definition does not have.' }],
      fixTitles: [],
    },
    {
      name: 'a tie offers both',
      text: td(dep('⟦"app"⟧'), ['app1', 'app2']),
      problems: [{ message: 'Did you mean "app1" or "app2"?' }],
      fixTitles: ['Use container "app1"', 'Use container "app2"'],
      fixes: { 'Use container "app2"': td(dep('"app2"'), ['app1', 'app2']) },
    },
    {
      name: 'container array',
      text: '[{ "name": "db", "image": "postgres" }, { "name": "web", "image": "x", "links": [⟦"bd"⟧] }]',
      problems: [{ message: 'links entry "bd" names container "bd"' }],
      fixes: { 'Use container "db"': '[{ "name": "db", "image": "postgres" }, { "name": "web", "image": "x", "links": ["db"] }]' },
    },
    {
      name: 'CloudFormation',
      text: `{ "Resources": { "T": { "Type": "AWS::ECS::TaskDefinition", "Properties": { "ContainerDefinitions": [
        { "Name": "db", "Image": "x" },
        { "Name": "app", "Image": "y", "DependsOn": [{ "ContainerName": ⟦"dbb"⟧, "Condition": "START" }] } ] } } } }`,
      problems: [{ message: 'DependsOn names container "dbb"' }],
      fixes: {
        'Use container "db"': `{ "Resources": { "T": { "Type": "AWS::ECS::TaskDefinition", "Properties": { "ContainerDefinitions": [
        { "Name": "db", "Image": "x" },
        { "Name": "app", "Image": "y", "DependsOn": [{ "ContainerName": "db", "Condition": "START" }] } ] } } } }`,
      },
    },
  ],
});

test('unknown-container-reference: only a near, unambiguous match is preferred', () => {
  const prefers = (ref: string, names?: string[]) =>
    problemsOf('unknown-container-reference', td(dep(ref), names))[0].fixes.map((f) => f.isPreferred);
  assert.deepEqual(prefers('"php-app-contianer"'), [true]);
  assert.deepEqual(prefers('"app-container"'), [false]);
  assert.deepEqual(prefers('"app"', ['app1', 'app2']), [false, false]);
});

test('closestNames: substring and edit distance', () => {
  assert.deepEqual(
    closestNames('app-container', ['php-app-container', 'nginx-container']).map((s) => s.name),
    ['php-app-container'],
  );
  assert.deepEqual(closestNames('x', ['web', 'db']), []);
  assert.deepEqual(
    closestNames('we', ['web']).map((s) => s.name),
    ['web'],
  );
  assert.deepEqual(closestNames('bd', ['db', 'web']), [{ name: 'db', distance: 1 }]);
  assert.deepEqual(closestNames('redis', ['php-app-container', 'nginx-container']), []);
});
