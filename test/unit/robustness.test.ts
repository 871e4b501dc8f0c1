/**
 * Whatever a user types, the core answers without throwing: seeded random edits of real-looking
 * task definitions (JSON and CloudFormation YAML) through every feature. A rule that throws is
 * caught by the engine and logged; this test fails on such a log too.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, analyzeDocument, doComplete, doHover, fixAll, getCodeActions, toDiagnostics, validate } from '../../server/src/service';

const JSON_SEED = `{
  "family": "web",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "256", "memory": "512",
  "containerDefinitions": [
    { "name": "web", "image": "nginx", "links": ["db"], "dependsOn": [{ "containerName": "db", "condition": "START" }],
      "portMappings": [{ "containerPort": 8080, "hostPort": 80, "protocol": "tcp", "name": "web", "appProtocol": "http" },
                       { "containerPortRange": "9000-9010" }],
      "environment": [{ "name": "A", "value": "1" }, { "name": "A", "value": "2" }],
      "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/g" } } },
    { "name": "db", "image": "\${DB_IMAGE}", "essential": false, "memoryReservation": 128 }
  ]
}`;

const YAML_SEED = `Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: awsvpc
      RequiresCompatibilities: [FARGATE]
      Cpu: "256"
      Memory: !Ref Memory
      ContainerDefinitions:
        - Name: web
          Image: !Sub "\${Repo}:latest"
          PortMappings:
            - { ContainerPort: 8080, HostPort: 80 }
            - ContainerPort: 53
              Protocol: udp
          Links: [db]
`;

const TOKENS = ['{', '}', '[', ']', ',', ':', '"', '\n', ' ', '0', '-1', '65536', 'null', 'true', '"x"', '${X}', '{{ y }}', '!Ref', '- ', '  ', '#', '//', '/*', '\\', '\u0000', '"containerPort": ', 'HostPort: '];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function mutate(text: string, r: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(r() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * (out.length + 1));
    const kind = r();
    if (kind < 0.4) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(r() * 12));
    else if (kind < 0.8) out = out.slice(0, at) + TOKENS[Math.floor(r() * TOKENS.length)] + out.slice(at);
    else out = out.slice(0, at) + out.slice(at).split('').reverse().join('').slice(0, 8) + out.slice(at + 8);
  }
  return out;
}

test('random edits of JSON and YAML task definitions never make a feature throw', () => {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => { logged.push(args.map(String).join(' ')); };
  try {
    const r = rng(20261125);
    for (let i = 0; i < 400; i++) {
      const yaml = i % 2 === 1;
      const text = mutate(yaml ? YAML_SEED : JSON_SEED, r);
      const options = { uri: yaml ? 'file:///t.yaml' : 'file:///t.json' };
      const doc = analyzeDocument(text, options);
      const problems = validate(doc, DEFAULT_CONFIG);
      const diagnostics = toDiagnostics(doc, problems);
      for (let k = 0; k < 3; k++) {
        const offset = Math.floor(r() * (text.length + 1));
        doHover(doc, offset, problems);
        doComplete(doc, offset);
      }
      getCodeActions(doc, problems, { range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, diagnostics, only: undefined }, DEFAULT_CONFIG);
      if (i % 10 === 0) fixAll(text, options, DEFAULT_CONFIG);
    }
  } finally {
    console.error = original;
  }
  assert.deepEqual(logged, [], 'a rule threw');
});
