/** Completion in an ECS service: ContainerName offers the task's containers, ContainerPort their mapped ports. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument, doComplete } from '../../../server/src/service';
import { DEFAULT_SERVICE, YAML, template } from '../helpers/service-template';

const ports = '            - ContainerPort: 8080\n            - ContainerPort: 9090\n              Protocol: udp';

function labels(text: string, marker = '|', options = YAML): { label: string; insert?: string }[] {
  const offset = text.indexOf(marker);
  const clean = text.slice(0, offset) + text.slice(offset + marker.length);
  const items = doComplete(analyzeDocument(clean, options), offset).items;
  return items.map((i) => ({ label: i.label, insert: i.textEdit && 'newText' in i.textEdit ? i.textEdit.newText : i.insertText }));
}

describe('completion in a CloudFormation service', () => {
  it('ContainerPort offers the ports the named container maps', () => {
    const text = template({ portMappings: ports, service: DEFAULT_SERVICE.replace('ContainerPort: 8080', 'ContainerPort: |') });
    assert.deepEqual(
      labels(text).map((i) => i.label),
      ['8080', '9090'],
    );
    assert.equal(labels(text)[0].insert, '8080');
  });

  it('ContainerName offers the containers with their ports', () => {
    const text = template({ portMappings: ports, service: DEFAULT_SERVICE.replace('ContainerName: web', 'ContainerName: |') });
    const items = doComplete(analyzeDocument(text.replace('|', ''), YAML), text.indexOf('|')).items;
    assert.deepEqual(
      items.map((i) => [i.label, i.detail]),
      [['web', 'maps 8080, 9090']],
    );
  });

  it('JSON template', () => {
    const json = JSON.stringify(
      {
        Resources: {
          Task: {
            Type: 'AWS::ECS::TaskDefinition',
            Properties: {
              NetworkMode: 'awsvpc',
              ContainerDefinitions: [{ Name: 'app', Image: 'x', PortMappings: [{ ContainerPort: 3000 }] }],
            },
          },
          Svc: {
            Type: 'AWS::ECS::Service',
            Properties: { TaskDefinition: { Ref: 'Task' }, LoadBalancers: [{ ContainerName: 'app', ContainerPort: 1 }] },
          },
        },
      },
      null,
      2,
    ).replace('"ContainerPort": 1', '"ContainerPort": |');
    assert.deepEqual(
      labels(json, '|', { uri: 'file:///stack.json' }).map((i) => i.label),
      ['3000'],
    );
  });

  it('nothing from a service whose task is not in the template', () => {
    const text = template({ service: DEFAULT_SERVICE.replace('ContainerPort: 8080', 'ContainerPort: |') }).replace(
      'TaskDefinition: !Ref TaskDef',
      'TaskDefinition: !ImportValue Task',
    );
    assert.deepEqual(
      labels(text)
        .map((i) => i.label)
        .filter((l) => /^\d+$/.test(l)),
      [],
    );
  });
});
