import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { ruleTester } from '../helpers/rule-tester';
import {
  FARGATE_SIZES,
  fargateCpuValues,
  fargateMemoryFor,
  isValidFargateSize,
  memoryListText,
  nearestFargateMemory,
  smallestFargateCpuFor,
  writeTaskSizeLike,
} from '../../../server/src/service/model/fargate-sizes';
import { fields, object, taskJson, WEB } from '../helpers/task-json';

const task = (cpu: string, memory: string, extra = '') =>
  taskJson({
    top:
      fields('"networkMode": "awsvpc"', '"requiresCompatibilities": ["FARGATE"]') + extra + fields(`"cpu": ${cpu}`, `"memory": ${memory}`),
    containers: [object(...WEB)],
    oneLine: true,
  });
const windows = '\n  "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2019_FULL" },';

ruleTester('fargate-invalid-task-size', {
  valid: [
    { name: '256 / 512', text: task('"256"', '"512"') },
    { name: '16384 / 122880', text: task('"16384"', '"122880"') },
    { name: '8192 / 61440', text: task('"8192"', '"61440"') },
    { name: 'text forms .25 vcpu / .5 gb', text: task('".25 vcpu"', '".5 gb"') },
    { name: 'text forms 1 vcpu / 2 gb', text: task('"1 vcpu"', '"2 gb"') },
    { name: 'text forms 4 vCPU / 30GB', text: task('"4 vCPU"', '"30GB"') },
    { name: 'Windows 1024 / 2048', text: task('"1024"', '"2048"', windows) },
    { name: 'placeholder cpu', text: task('"${CPU}"', '"4096"') },
    { name: 'unparseable cpu is not this rule', text: task('""', '"512"') },
    { name: 'null memory', text: task('"256"', 'null') },
    { name: 'EC2 task may use any size', text: task('"256"', '"128"').replace('FARGATE', 'EC2') },
    { name: 'no compatibilities', text: task('"256"', '"4096"').replace('\n  "requiresCompatibilities": ["FARGATE"],', '') },
    { name: 'numbers with a valid pair (invalid-type reports the type)', text: task('256', '512') },
  ],
  invalid: [
    {
      name: 'memory too large for cpu 256',
      text: task('"256"', '⟦"4096"⟧'),
      problems: [
        { message: 'memory 4096 MiB does not fit cpu 256 (.25 vCPU) on Fargate: with this cpu, memory must be 512, 1024 or 2048 MiB.' },
      ],
      fixTitles: ['Set memory to "2048" (nearest valid for cpu 256)', 'Set cpu to "512" (smallest that allows 4096 MiB)'],
      fixes: {
        'Set memory to "2048" (nearest valid for cpu 256)': task('"256"', '"2048"'),
        'Set cpu to "512" (smallest that allows 4096 MiB)': task('"512"', '"4096"'),
      },
    },
    {
      name: 'AWS example 4096 CPU, 2048 memory',
      text: task('"4096"', '⟦"2048"⟧'),
      problems: [{ message: 'memory must be 8192–30720 MiB in steps of 1024' }],
      fixes: { 'Set memory to "8192" (nearest valid for cpu 4096)': task('"4096"', '"8192"') },
    },
    {
      name: 'GB text keeps its form',
      text: task('"1 vCPU"', '⟦"1 GB"⟧'),
      problems: [{ message: 'memory "1 GB" (1024 MiB) does not fit cpu "1 vCPU" (1024 units)' }],
      fixTitles: ['Set memory to "2 GB" (nearest valid for cpu 1024)'],
      fixes: { 'Set memory to "2 GB" (nearest valid for cpu 1024)': task('"1 vCPU"', '"2 GB"') },
    },
    {
      name: 'lower-case text with leading dot, fraction written the same way',
      text: task('".25 vcpu"', '⟦"3gb"⟧'),
      problems: [{ message: 'memory "3gb" (3072 MiB)' }],
      fixes: {
        'Set memory to "2gb" (nearest valid for cpu 256)': task('".25 vcpu"', '"2gb"'),
        'Set cpu to ".5 vcpu" (smallest that allows 3072 MiB)': task('".5 vcpu"', '"3gb"'),
      },
    },
    {
      name: 'not on the 8 vCPU step of 4096',
      text: task('"8192"', '⟦"17408"⟧'),
      problems: [{ message: 'memory must be 16384–61440 MiB in steps of 4096' }],
      fixes: { 'Set memory to "16384" (nearest valid for cpu 8192)': task('"8192"', '"16384"') },
    },
    {
      name: 'cpu that is not a Fargate size',
      text: task('⟦"128"⟧', '"512"'),
      problems: [
        { message: 'cpu 128 is not a Fargate size (with memory 512 MiB); Fargate allows cpu 256, 512, 1024, 2048, 4096, 8192, 16384.' },
      ],
      fixTitles: ['Set cpu to "256" (smallest that allows 512 MiB)'],
      fixes: { 'Set cpu to "256" (smallest that allows 512 MiB)': task('"256"', '"512"') },
    },
    {
      name: 'cpu invalid and no row has the memory: both set',
      text: task('⟦"3000"⟧', '"5000"'),
      problems: [{ message: 'cpu 3000 is not a Fargate size' }],
      fixes: { 'Set cpu to "2048" and memory to "5120"': task('"2048"', '"5120"') },
    },
    {
      name: 'numeric cpu/memory still have a size to check; fix keeps numbers',
      text: task('256', '⟦1536⟧'),
      problems: [{ message: 'memory 1536 MiB does not fit cpu 256' }],
      fixes: { 'Set memory to 2048 (nearest valid for cpu 256)': task('256', '2048') },
    },
    {
      name: 'Windows needs at least 1 vCPU',
      text: task('⟦"512"⟧', '"2048"', windows),
      problems: [
        {
          message:
            'Windows tasks on Fargate need cpu 1024, 2048 or 4096 (1, 2 or 4 vCPU); this task has cpu 512 (.5 vCPU) with memory 2048 MiB.',
        },
      ],
      fixes: { 'Set cpu to "1024" (smallest that allows 2048 MiB)': task('"1024"', '"2048"', windows) },
    },
    {
      name: 'Windows has no 8 vCPU row',
      text: task('⟦"8 vCPU"⟧', '"16 GB"', windows),
      problems: [{ message: 'Windows tasks on Fargate need cpu 1024, 2048 or 4096' }],
      fixes: { 'Set cpu to "2 vCPU" (smallest that allows 16384 MiB)': task('"2 vCPU"', '"16 GB"', windows) },
    },
    {
      name: 'Windows memory outside the 1 vCPU row',
      text: task('"1024"', '⟦"1024"⟧', windows),
      problems: [{ message: 'on Fargate (Windows)' }],
      fixTitles: ['Set memory to "2048" (nearest valid for cpu 1024)'],
    },
    {
      name: 'CloudFormation',
      text: `{"Resources": {"T": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"NetworkMode": "awsvpc", "RequiresCompatibilities": ["FARGATE"], "Cpu": "512", "Memory": ⟦"512"⟧, "ContainerDefinitions": [{"Name": "a", "Image": "b"}]}}}}`,
      problems: [{ message: 'Memory 512 MiB does not fit Cpu 512 (.5 vCPU)' }],
      fixes: {
        'Set Memory to "1024" (nearest valid for Cpu 512)': `{"Resources": {"T": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"NetworkMode": "awsvpc", "RequiresCompatibilities": ["FARGATE"], "Cpu": "512", "Memory": "1024", "ContainerDefinitions": [{"Name": "a", "Image": "b"}]}}}}`,
      },
    },
    {
      name: 'CloudFormation YAML with GB text and numbers',
      options: { languageId: 'yaml', uri: 'file:///template.yaml' },
      text: `Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: 512
      Memory: ⟦"0.5GB"⟧
      ContainerDefinitions: [{ Name: a, Image: b }]
`,
      problems: [{ message: 'Memory "0.5GB" (512 MiB) does not fit Cpu 512 (.5 vCPU)' }],
      fixes: {
        'Set Memory to "1GB" (nearest valid for Cpu 512)': `Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: 512
      Memory: "1GB"
      ContainerDefinitions: [{ Name: a, Image: b }]
`,
      },
    },
  ],
});

describe('model/fargate-sizes', () => {
  it('has the §2.4 table', () => {
    assert.deepEqual(
      FARGATE_SIZES.map((r) => [r.cpu, r.memory[0], r.memory[r.memory.length - 1], r.memory.length]),
      [
        [256, 512, 2048, 3],
        [512, 1024, 4096, 4],
        [1024, 2048, 8192, 7],
        [2048, 4096, 16384, 13],
        [4096, 8192, 30720, 23],
        [8192, 16384, 61440, 12],
        [16384, 32768, 122880, 12],
      ],
    );
  });
  it('limits Windows to 1, 2 and 4 vCPU; unknown OS uses the Linux table', () => {
    assert.deepEqual(fargateCpuValues('windows'), [1024, 2048, 4096]);
    assert.deepEqual(fargateCpuValues('unknown'), fargateCpuValues('linux'));
    assert.equal(fargateMemoryFor(256, 'windows'), undefined);
    assert.equal(isValidFargateSize(256, 512, 'windows'), false);
    assert.equal(isValidFargateSize(256, 512), true);
  });
  it('finds nearest and smallest values', () => {
    assert.equal(nearestFargateMemory(256, 1536), 2048, 'a tie goes to the larger memory');
    assert.equal(nearestFargateMemory(16384, 40000), 40960);
    assert.equal(smallestFargateCpuFor(3072), 512);
    assert.equal(smallestFargateCpuFor(3000), undefined);
    assert.equal(smallestFargateCpuFor(4096, 'windows'), 1024);
  });
  it('writes values in the form of the file', () => {
    assert.equal(writeTaskSizeLike({ type: 'string', value: '1 GB' }, 512, 'memory'), '0.5 GB');
    assert.equal(writeTaskSizeLike({ type: 'string', value: '.5gb' }, 2048, 'memory'), '2gb');
    assert.equal(writeTaskSizeLike({ type: 'string', value: '2 gb' }, 512, 'memory'), '0.5 gb');
    assert.equal(writeTaskSizeLike({ type: 'string', value: '1 vCPU' }, 256, 'cpu'), '.25 vCPU');
    assert.equal(writeTaskSizeLike({ type: 'string', value: '0.5 vCPU' }, 256, 'cpu'), '0.25 vCPU');
    assert.equal(writeTaskSizeLike({ type: 'string', value: '1024' }, 2048, 'memory'), '2048');
    assert.equal(writeTaskSizeLike({ type: 'number', value: 1024 }, 2048, 'memory'), 2048);
    assert.equal(memoryListText([512, 1024, 2048]), '512, 1024 or 2048 MiB');
    assert.equal(memoryListText([2048, 3072, 4096, 5120]), '2048–5120 MiB in steps of 1024');
  });
});
