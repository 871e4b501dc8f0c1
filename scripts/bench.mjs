#!/usr/bin/env node
// Benchmarks for the core (speed and memory targets live here, never in timed tests).
// Run: npm run bench   (compiles with tsc first; uses out/server/src/service)
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const svc = require(join(root, 'out', 'server', 'src', 'service', 'index.js'));

function taskJson(containers, portsPer) {
  return JSON.stringify({
    family: 'bench',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '1024',
    memory: '2048',
    executionRoleArn: 'arn:aws:iam::123456789012:role/exec',
    containerDefinitions: Array.from({ length: containers }, (_, c) => ({
      name: `c${c}`,
      image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/app${c}:latest`,
      essential: c === 0,
      memoryReservation: 128,
      portMappings: Array.from({ length: portsPer }, (_, p) => ({ containerPort: 8000 + c * 100 + p, hostPort: 8000 + c * 100 + p, protocol: 'tcp' })),
      environment: Array.from({ length: 20 }, (_, i) => ({ name: `VAR_${i}`, value: `value-${i}` })),
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/bench', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': `c${c}` } },
    })),
  }, null, 2);
}

function cfnYaml(resources) {
  let out = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n';
  for (let r = 0; r < resources; r++) {
    out += `  Task${r}:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: !Sub "\${AWS::StackName}-t${r}"\n      NetworkMode: awsvpc\n      RequiresCompatibilities: [FARGATE]\n      Cpu: "256"\n      Memory: "512"\n      ContainerDefinitions:\n`;
    for (let c = 0; c < 3; c++) {
      out += `        - Name: c${c}\n          Image: !Ref Image${c}\n          PortMappings:\n            - ContainerPort: ${8000 + c}\n              HostPort: ${8000 + c}\n          Environment:\n`;
      for (let e = 0; e < 10; e++) out += `            - Name: V${e}\n              Value: x${e}\n`;
    }
  }
  return out;
}

function bench(name, fn, { minMs = 500, target } = {}) {
  for (let i = 0; i < 3; i++) fn();
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs * 1e6) {
    fn();
    n++;
    elapsed = Number(process.hrtime.bigint() - start);
  }
  const perOpMs = elapsed / n / 1e6;
  const verdict = target === undefined ? '' : perOpMs <= target ? `  ok (target ≤ ${target} ms)` : `  OVER TARGET (≤ ${target} ms)`;
  console.log(`${name.padEnd(58)} ${perOpMs.toFixed(3).padStart(9)} ms/op  (${n} runs)${verdict}`);
  return perOpMs <= (target ?? Infinity);
}

const cfg = svc.DEFAULT_CONFIG;
const small = taskJson(1, 1);
const typical = taskJson(3, 2);
const large = taskJson(10, 20);
const template = cfnYaml(60);
const smallTemplate = cfnYaml(2);
const packageJson = JSON.stringify({ name: 'x', version: '1.0.0', dependencies: Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`dep-${i}`, `^${i}.0.0`])) }, null, 2);
const lint = (text, languageId = 'json') => svc.validate(svc.analyzeDocument(text, { languageId }), cfg);

console.log(`sizes: small ${small.length} B, typical ${typical.length} B, large ${large.length} B, CFN templates ${smallTemplate.length} B and ${template.length} B, package.json ${packageJson.length} B`);
console.log('(times are wall-clock on this machine; compare runs on an idle machine)\n');
let ok = true;
ok = bench('parse + all rules, 1 container (small)', () => lint(small), { target: 1 }) && ok;
ok = bench('parse + all rules, 3 containers (typical)', () => lint(typical), { target: 2 }) && ok;
ok = bench('parse + all rules, 10 containers × 20 ports (large)', () => lint(large), { target: 15 }) && ok;
ok = bench('parse + all rules, CloudFormation YAML, 2 task definitions', () => lint(smallTemplate, 'yaml'), { target: 20 }) && ok;
// The `yaml` package's own parse is most of this (about 70%); a 127 KB template is a large one.
ok = bench('parse + all rules, CloudFormation YAML, 60 task definitions', () => lint(template, 'yaml'), { target: 150 }) && ok;
ok = bench('non-task-definition JSON (100 KB package.json): no parse', () => lint(packageJson), { target: 0.5 }) && ok;
const doc = svc.analyzeDocument(typical, {});
const problems = svc.validate(doc, cfg);
const hostPortAt = typical.indexOf('"hostPort"') + 3;
ok = bench('hover on hostPort (cached model)', () => svc.doHover(doc, hostPortAt, problems), { target: 1 }) && ok;
ok = bench('completion in a port mapping (cached model)', () => svc.doComplete(doc, hostPortAt - 4), { target: 2 }) && ok;
const broken = typical.replace(/"hostPort": (\d+)/g, (_, p) => `"hostPort": ${Number(p) + 1}`);
ok = bench('fix all (6 host-port problems)', () => svc.fixAll(broken, {}, cfg), { target: 50 }) && ok;

// Memory: analyses kept for 500 open typical documents.
globalThis.gc?.();
const before = process.memoryUsage().heapUsed;
const kept = [];
for (let i = 0; i < 500; i++) {
  const d = svc.analyzeDocument(typical.replace('"bench"', `"bench${i}"`), { uri: `file:///d${i}.json` });
  kept.push({ d, p: svc.validate(d, cfg) });
}
globalThis.gc?.();
const perDocKb = (process.memoryUsage().heapUsed - before) / 500 / 1024;
const memOk = perDocKb <= 200;
console.log(`${'heap per open typical document (500 kept)'.padEnd(58)} ${perDocKb.toFixed(1).padStart(9)} KB${globalThis.gc ? '' : ' (run with --expose-gc for exact numbers)'}  ${memOk ? 'ok' : 'OVER TARGET'} (target ≤ 200 KB)`);
console.log(kept.length ? '' : '');
process.exit(ok && memOk ? 0 : 1);
