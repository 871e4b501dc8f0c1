/** The core schema module: lookups hover, completion and the schema rules rely on. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  containerSchema,
  describe as describeField,
  fieldOwners,
  isMapSchema,
  itemSchema,
  keyFor,
  propertySchema,
  propertySchemas,
  schemaForPath,
  spellKey,
  taskSchema,
} from '../../server/src/service/schema';
import { schemaForNode } from '../../server/src/service/schema/walk';
import { analyzeDocument } from '../../server/src/service';
import { nodeAt } from '../../server/src/service/model/nodes';

describe('schema module', () => {
  it("resolves references and keeps the property's own description", () => {
    const rp = propertySchema(taskSchema, 'runtimePlatform')!;
    assert.equal(rp.type, 'object');
    assert.ok(rp.properties?.operatingSystemFamily);
    assert.match(rp.description!, /Operating system and CPU architecture the task runs on/);
    assert.equal(propertySchemas(containerSchema).portMappings.type, 'array');
  });

  it('finds schemas by API path', () => {
    assert.deepEqual(schemaForPath(['containerDefinitions', 0, 'portMappings', 0, 'protocol'])?.enum, ['tcp', 'udp']);
    assert.deepEqual(schemaForPath(['requiresCompatibilities', '[]'])?.enum, ['EC2', 'EXTERNAL', 'FARGATE', 'MANAGED_INSTANCES']);
    assert.equal(schemaForPath(['containerDefinitions', 0, 'logConfiguration', 'options', 'awslogs-group'])?.type, 'string');
    assert.equal(schemaForPath(['cpu'])?.type, 'string');
    assert.equal(schemaForPath(['containerDefinitions', 0, 'cpu'])?.type, 'integer');
    assert.equal(schemaForPath(['nope']), undefined);
    assert.equal(schemaForPath(['containerDefinitions', 'name']), undefined);
  });

  it('knows map-valued objects', () => {
    assert.ok(isMapSchema(propertySchema(containerSchema, 'dockerLabels')));
    assert.ok(isMapSchema(schemaForPath(['containerDefinitions', 0, 'logConfiguration', 'options'])));
    assert.ok(!isMapSchema(propertySchema(containerSchema, 'logConfiguration')));
    assert.equal(itemSchema(propertySchema(containerSchema, 'dockerLabels'))?.type, 'string');
  });

  it('maps CloudFormation spellings, irregular ones included', () => {
    const volume = schemaForPath(['volumes', 0])!;
    assert.equal(keyFor(volume, 'EFSVolumeConfiguration', 'pascal'), 'efsVolumeConfiguration');
    assert.equal(keyFor(volume, 'EfsVolumeConfiguration', 'pascal'), undefined);
    assert.equal(keyFor(volume, 'S3FilesVolumeConfiguration', 'pascal'), 's3filesVolumeConfiguration');
    assert.equal(keyFor(schemaForPath(['volumes', 0, 'efsVolumeConfiguration']), 'FilesystemId', 'pascal'), 'fileSystemId');
    assert.equal(
      keyFor(schemaForPath(['volumes', 0, 'fsxWindowsFileServerVolumeConfiguration']), 'FileSystemId', 'pascal'),
      'fileSystemId',
    );
    assert.equal(keyFor(schemaForPath(['proxyConfiguration']), 'ProxyConfigurationProperties', 'pascal'), 'properties');
    assert.equal(keyFor(containerSchema, 'PortMappings', 'pascal'), 'portMappings');
    assert.equal(keyFor(containerSchema, 'portMappings', 'pascal'), undefined);
    assert.equal(keyFor(containerSchema, 'portMappings', 'camel'), 'portMappings');
    assert.equal(spellKey('iam', 'pascal', schemaForPath(['volumes', 0, 'efsVolumeConfiguration', 'authorizationConfig'])), 'IAM');
    assert.equal(spellKey('hostname', 'camel', containerSchema), 'hostname');
  });

  it('says where a key belongs', () => {
    assert.deepEqual(fieldOwners('containerPort'), ['PortMapping']);
    assert.deepEqual(fieldOwners('networkMode'), ['RegisterTaskDefinition']);
    assert.deepEqual(fieldOwners('nope'), []);
  });

  it('describes a field in markdown with its facts and link', () => {
    const md = describeField(schemaForPath(['containerDefinitions', 0, 'portMappings', 0, 'protocol'])!, 'protocol');
    assert.match(md, /^\*\*protocol\*\* · string · one of `tcp`, `udp` · default `"tcp"`/);
    assert.match(
      md,
      /\[AWS documentation\]\(https:\/\/docs\.aws\.amazon\.com\/AmazonECS\/latest\/APIReference\/API_PortMapping\.html#ECS-Type-PortMapping-protocol\)/,
    );
    assert.match(describeField(schemaForPath(['containerDefinitions', 0, 'healthCheck', 'interval'])!), /5–300/);
    assert.match(describeField(propertySchema(taskSchema, 'containerDefinitions')!), /array of ContainerDefinition · at most 10 items/);
  });

  it('finds the schema of a node in a document, JSON and CloudFormation', () => {
    const json =
      '{ "family": "x", "containerDefinitions": [{ "name": "a", "image": "b", "portMappings": [{ "containerPort": 80, "protocol": "tcp" }] }] }';
    const doc = analyzeDocument(json);
    const at = (needle: string) => nodeAt(doc.root!, json.indexOf(needle) + 1)!;
    assert.deepEqual(schemaForNode(doc.tasks[0], at('"tcp"'), 'camel')?.schema.enum, ['tcp', 'udp']);
    assert.equal(schemaForNode(doc.tasks[0], at('"protocol"'), 'camel')?.key, 'protocol');
    assert.equal(schemaForNode(doc.tasks[0], at('"family"'), 'camel')?.key, 'family');

    const cfn =
      '{ "Resources": { "T": { "Type": "AWS::ECS::TaskDefinition", "Properties": { "Volumes": [{ "Name": "v", "EFSVolumeConfiguration": { "FilesystemId": "fs-1" } }], "ContainerDefinitions": [{ "Name": "a", "Image": "b" }] } } } }';
    const cdoc = analyzeDocument(cfn);
    const hit = schemaForNode(cdoc.tasks[0], nodeAt(cdoc.root!, cfn.indexOf('"fs-1"') + 1)!, 'pascal');
    assert.equal(hit?.key, 'fileSystemId');
    assert.match(hit!.schema.description!, /EFS file system/);
    assert.equal(schemaForNode(cdoc.tasks[0], nodeAt(cdoc.root!, cfn.indexOf('"Resources"') + 1)!, 'pascal'), undefined);
  });
});
