#!/usr/bin/env node
// Benchmarks for the core (speed and memory targets live here, never in timed tests).
// Run: npm run bench   (compiles with tsc first; uses out/server/src/service)
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const svc = require(join(root, 'out', 'server', 'src', 'service', 'index.js'));
const yamlSkip = require(join(root, 'out', 'server', 'src', 'service', 'parse', 'yaml-skip.js'));
const glob = require(join(root, 'out', 'server', 'src', 'host', 'glob.js'));

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

/** A realistic big template: parameters, 40 resources of other types (network, IAM, load balancing, services), 2 task definitions, outputs. */
function mixedTemplate(others) {
  let out = 'AWSTemplateFormatVersion: "2010-09-09"\nDescription: >-\n  Web and worker services behind a load balancer.\nParameters:\n';
  for (let p = 0; p < 12; p++) out += `  Param${p}:\n    Type: String\n    Default: "value-${p}"\n    Description: Parameter number ${p} for the stack\n    AllowedValues: [value-${p}, other-${p}]\n`;
  out += 'Conditions:\n  IsProd: !Equals [!Ref Param0, prod]\n  HasRole: !Not [!Equals [!Ref Param1, ""]]\nResources:\n';
  const kinds = [
    (i) => `  Subnet${i}:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n      CidrBlock: !Select [${i % 4}, !Cidr [!GetAtt Vpc.CidrBlock, 4, 8]]\n      AvailabilityZone: !Select [${i % 2}, !GetAZs ""]\n      MapPublicIpOnLaunch: false\n      Tags:\n        - Key: Name\n          Value: !Sub "\${AWS::StackName}-subnet-${i}"\n`,
    (i) => `  Sg${i}:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: "Security group ${i}"\n      VpcId: !Ref Vpc\n      SecurityGroupIngress:\n` + Array.from({ length: 4 }, (_, k) => `        - IpProtocol: tcp\n          FromPort: ${8000 + k}\n          ToPort: ${8000 + k}\n          SourceSecurityGroupId: !Ref LbSg\n`).join('') + `      SecurityGroupEgress:\n        - IpProtocol: "-1"\n          CidrIp: 0.0.0.0/0\n`,
    (i) => `  Role${i}:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal:\n              Service: [ecs-tasks.amazonaws.com]\n            Action: ['sts:AssumeRole']\n      ManagedPolicyArns:\n        - arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy\n      Policies:\n        - PolicyName: !Sub "\${AWS::StackName}-policy-${i}"\n          PolicyDocument:\n            Statement:\n              - Effect: Allow\n                Action:\n                  - s3:GetObject\n                  - s3:PutObject\n                  - "sqs:*"\n                Resource:\n                  - !Sub "arn:aws:s3:::\${Bucket}/*"\n                  - !GetAtt Queue.Arn\n`,
    (i) => `  TargetGroup${i}:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties:\n      HealthCheckIntervalSeconds: 6\n      HealthCheckPath: /health\n      HealthCheckProtocol: HTTP\n      HealthyThresholdCount: 2\n      TargetType: ip\n      Port: ${8000 + i}\n      Protocol: HTTP\n      VpcId: !Ref Vpc\n      TargetGroupAttributes:\n        - Key: deregistration_delay.timeout_seconds\n          Value: "30"\n`,
    (i) => `  Rule${i}:\n    Type: AWS::ElasticLoadBalancingV2::ListenerRule\n    Properties:\n      ListenerArn: !Ref Listener\n      Priority: ${i + 1}\n      Conditions:\n        - Field: path-pattern\n          Values: ["/api/${i}/*"]\n      Actions:\n        - Type: forward\n          TargetGroupArn: !Ref TargetGroup${i}\n`,
    (i) => `  Service${i}:\n    Type: AWS::ECS::Service\n    DependsOn: Rule${i}\n    Properties:\n      Cluster: !Ref Cluster\n      LaunchType: FARGATE\n      DesiredCount: 2\n      DeploymentConfiguration:\n        MaximumPercent: 200\n        MinimumHealthyPercent: 75\n      NetworkConfiguration:\n        AwsvpcConfiguration:\n          AssignPublicIp: DISABLED\n          SecurityGroups: [!Ref Sg${i}]\n          Subnets: [!Ref Subnet0, !Ref Subnet1]\n      TaskDefinition: !Ref WebTask\n      LoadBalancers:\n        - ContainerName: c0\n          ContainerPort: 8000\n          TargetGroupArn: !Ref TargetGroup${i}\n`,
    (i) => `  Logs${i}:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      LogGroupName: !Sub "/ecs/\${AWS::StackName}/${i}"\n      RetentionInDays: 30\n`,
    (i) => `  Function${i}:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Handler: index.handler\n      Role: !GetAtt Role${i}.Arn\n      Timeout: 30\n      Code:\n        ZipFile: |\n          import json, os\n          def handler(event, context):\n              # forward the event\n              print(json.dumps(event))\n              return {"statusCode": 200, "body": os.environ.get("NAME", "x")}\n      Environment:\n        Variables:\n          NAME: function-${i}\n`,
  ];
  const task = (name) => {
    let t = `  ${name}:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: !Sub "\${AWS::StackName}-${name}"\n      NetworkMode: awsvpc\n      RequiresCompatibilities: [FARGATE]\n      Cpu: "1024"\n      Memory: "2048"\n      ExecutionRoleArn: !GetAtt Role2.Arn\n      ContainerDefinitions:\n`;
    for (let c = 0; c < 3; c++) {
      t += `        - Name: c${c}\n          Image: !Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/app${c}:latest"\n          Essential: ${c === 0}\n          PortMappings:\n            - ContainerPort: ${8000 + c}\n          Environment:\n`;
      for (let e = 0; e < 10; e++) t += `            - Name: V${e}\n              Value: x${e}\n`;
      t += `          LogConfiguration:\n            LogDriver: awslogs\n            Options:\n              awslogs-group: !Ref Logs6\n              awslogs-region: !Ref AWS::Region\n              awslogs-stream-prefix: c${c}\n`;
    }
    return t;
  };
  for (let i = 0; i < others; i++) {
    out += kinds[i % kinds.length](i);
    if (i === Math.floor(others / 3)) out += task('WebTask');
    if (i === Math.floor((2 * others) / 3)) out += task('WorkerTask');
  }
  out += 'Outputs:\n';
  for (let o = 0; o < 10; o++) out += `  Output${o}:\n    Description: Output ${o}\n    Value: !GetAtt TargetGroup3.TargetGroupFullName\n    Export:\n      Name: !Sub "\${AWS::StackName}-out-${o}"\n`;
  return out;
}

function bench(name, fn, { minMs = 500, target, warmup = 3 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
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
const mixed = mixedTemplate(40);
const packageJson = JSON.stringify({ name: 'x', version: '1.0.0', dependencies: Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`dep-${i}`, `^${i}.0.0`])) }, null, 2);
const lint = (text, languageId = 'json') => svc.validate(svc.analyzeDocument(text, { languageId }), cfg);

console.log(`sizes: small ${small.length} B, typical ${typical.length} B, large ${large.length} B, CFN templates ${smallTemplate.length} B and ${template.length} B, mixed CFN template ${mixed.length} B, package.json ${packageJson.length} B`);
console.log('(times are wall-clock on this machine; compare runs on an idle machine)\n');
let ok = true;
ok = bench('parse + all rules, 1 container (small)', () => lint(small), { target: 1 }) && ok;
ok = bench('parse + all rules, 3 containers (typical)', () => lint(typical), { target: 2 }) && ok;
ok = bench('parse + all rules, 10 containers × 20 ports (large)', () => lint(large), { target: 15 }) && ok;
ok = bench('parse + all rules, CloudFormation YAML, 2 task definitions', () => lint(smallTemplate, 'yaml'), { target: 20 }) && ok;
// The `yaml` package's own parse is most of this (about 70%); a 127 KB template is a large one.
ok = bench('parse + all rules, CloudFormation YAML, 60 task definitions', () => lint(template, 'yaml'), { target: 150 }) && ok;
// Only the task definitions of a template are parsed (parse/yaml-skip.ts): the other 40 resources cost
// a line scan, so this costs about what its 2 task definitions do (the reference line parses it whole).
ok = bench('parse + all rules, CFN YAML, 40 other resources + 2 tasks', () => lint(mixed, 'yaml'), { target: 12 }) && ok;
yamlSkip.setNonTaskSkipping(false);
bench('  the same, whole template parsed (skipping off, reference)', () => lint(mixed, 'yaml'));
yamlSkip.setNonTaskSkipping(true);
ok = bench('non-task-definition JSON (100 KB package.json): no parse', () => lint(packageJson), { target: 0.5 }) && ok;
const doc = svc.analyzeDocument(typical, {});
const problems = svc.validate(doc, cfg);
const hostPortAt = typical.indexOf('"hostPort"') + 3;
ok = bench('hover on hostPort (cached model)', () => svc.doHover(doc, hostPortAt, problems), { target: 1 }) && ok;
ok = bench('completion in a port mapping (cached model)', () => svc.doComplete(doc, hostPortAt - 4), { target: 2 }) && ok;
const broken = typical.replace(/"hostPort": (\d+)/g, (_, p) => `"hostPort": ${Number(p) + 1}`);
ok = bench('fix all (6 host-port problems)', () => svc.fixAll(broken, {}, cfg), { target: 50 }) && ok;

// Code actions on a file with hundreds of problems: the light bulb (quick fixes on the cursor's
// problem; fix all offered lazily, resolved only when picked) and the explicit source.fixAll (save).
const many = taskJson(300, 1).replace(/"hostPort": (\d+)/g, (_, p) => `"hostPort": ${Number(p) + 1}`);
const manyDoc = svc.analyzeDocument(many, { uri: 'file:///many.json' });
const manyProblems = svc.validate(manyDoc, cfg);
const manyDiagnostics = svc.toDiagnostics(manyDoc, manyProblems);
const cursorDiagnostic = manyDiagnostics.find((d) => d.code === 'host-port-mismatch');
console.log(`(code actions: ${manyProblems.length} problems in a ${many.length} B file)`);
ok = bench('code actions, light bulb on one of 300 problems', () => {
  // A fresh analysis per request, as after each keystroke: nothing is cached from the last one.
  const d = svc.analyzeDocument(many, { uri: 'file:///many.json' });
  return svc.getCodeActions(d, manyProblems, { range: cursorDiagnostic.range, diagnostics: [cursorDiagnostic], only: ['quickfix'], canResolve: true }, cfg);
}, { target: 650 }) && ok;
bench('  of which the analysis itself (reference)', () => svc.analyzeDocument(many, { uri: 'file:///many.json' }));
// Fix all re-analyses after each fix (at most 100 passes): only an explicit request (save) pays this.
bench('code actions, source.fixAll on 300 problems (save, one run)', () => {
  const d = svc.analyzeDocument(many, { uri: 'file:///many.json' });
  return svc.getCodeActions(d, manyProblems, { range: cursorDiagnostic.range, diagnostics: [], only: ['source.fixAll'] }, cfg);
}, { minMs: 1, warmup: 0 });

// ecsTaskdef.files globs that make backtracking matchers run for seconds (minutes, for the second).
const deepPath = `${Array.from({ length: 200 }, (_, i) => `d${i}`).join('/')}/x.jso`;
ok = bench('files glob **/**/**/**/**/**/**/**/x.json, 200 folders deep', () => glob.matchesAnyGlob(deepPath, ['**/**/**/**/**/**/**/**/x.json']), { target: 1 }) && ok;
ok = bench('files glob *a*a*a*a*a*a*a*a*c on a 255-character name', () => glob.matchesAnyGlob('a'.repeat(255), ['*a*a*a*a*a*a*a*a*c']), { target: 1 }) && ok;
const bPath = `${Array.from({ length: 400 }, () => 'b').join('/')}/x.jso`;
ok = bench('files glob **/b*/**/b*/**/b*/**/x.json, 400 folders deep', () => glob.matchesAnyGlob(bPath, ['**/b*/**/b*/**/b*/**/x.json']), { target: 1 }) && ok;
ok = bench('files glob {a,b} x16 (65,536 alternatives), compiled once', () => glob.matchesAnyGlob('b'.repeat(16), ['{a,b}'.repeat(16)]), { target: 1 }) && ok;
const fresh = () => `{a,b}`.repeat(16) + `/${Math.random()}`;
ok = bench('  the same, compiled for every call', () => glob.matchesAnyGlob('b'.repeat(16), [fresh()]), { target: 100 }) && ok;

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
