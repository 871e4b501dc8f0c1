/** Hover and completion inside jsonencode, heredoc JSON and file() targets know the resource's network mode. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument, doComplete, doHover, referencedTaskContext, terraformReferences, validate } from '../../../server/src/service';
import { useTerraform } from '../helpers/terraform';
import { TF_URI } from '../helpers/terraform-fix';
import { jsonencodeTask } from '../helpers/terraform-task';

useTerraform();

const hoverText = (text: string, at: string, uri = TF_URI, extra = {}) => {
  const doc = analyzeDocument(text, { uri, ...extra });
  const h = doHover(doc, text.indexOf(at) + 1, validate(doc));
  return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
};

const JSONENCODE = jsonencodeTask('{\n          containerPort = 80\n          \n        }');

describe('Terraform hover and completion', () => {
  it('hovers a port field in jsonencode with the awsvpc binding', () => {
    const value = hoverText(JSONENCODE, 'containerPort');
    assert.match(value, /\*\*awsvpc\*\*/);
    assert.match(value, /containerPort/);
  });

  it('hovers heredoc JSON with the resource network mode', () => {
    const text = JSONENCODE.replace(
      /jsonencode\(\[[\s\S]*\]\)/,
      '<<-EOF\n    [{ "name": "web", "image": "nginx", "memory": 256, "portMappings": [{ "containerPort": 80 }] }]\n  EOF',
    );
    assert.match(hoverText(text, 'containerPort'), /\*\*awsvpc\*\*/);
  });

  it('hovers a file() target with the network mode of the resource that loads it', () => {
    const tf = JSONENCODE.replace(/jsonencode\(\[[\s\S]*\]\)/, 'file("web.json")').replace('"awsvpc"', '"host"');
    const ref = terraformReferences(analyzeDocument(tf, { uri: TF_URI }))[0];
    const json = '[{ "name": "web", "image": "nginx", "memory": 256, "portMappings": [{ "containerPort": 80 }] }]';
    const value = hoverText(json, 'containerPort', 'file:///infra/web.json', { taskContext: referencedTaskContext(ref, TF_URI) });
    assert.match(value, /\*\*host\*\*/);
    assert.match(value, /aws_ecs_task_definition\.app/);
  });

  it('completes port-mapping keys in a jsonencode object as HCL, without hostPort in awsvpc', () => {
    const offset = JSONENCODE.indexOf('containerPort = 80\n') + 'containerPort = 80\n          '.length;
    const items = doComplete(analyzeDocument(JSONENCODE, { uri: TF_URI }), offset).items;
    const protocol = items.find((i) => i.label === 'protocol');
    assert.ok(protocol, `labels: ${items.map((i) => i.label)}`);
    assert.match((protocol.textEdit as { newText: string }).newText, /^protocol = "\$\{1\|tcp,udp\|\}"$/);
    assert.ok(!items.some((i) => i.label === 'containerPort'), 'present keys are not offered');
    const hostPort = items.find((i) => i.label === 'hostPort');
    assert.ok(
      !hostPort || /awsvpc/.test(String(hostPort.detail) + JSON.stringify(hostPort.documentation)),
      'hostPort, if offered, is explained for awsvpc',
    );
  });

  it('completes inside heredoc JSON with ranges in the .tf file', () => {
    const text = JSONENCODE.replace(
      /jsonencode\(\[[\s\S]*\]\)/,
      '<<-EOF\n    [{ "name": "web", "image": "nginx", "memory": 256, "portMappings": [{ "containerPort": 80,  }] }]\n  EOF',
    );
    const offset = text.indexOf('80,  ') + 4;
    const doc = analyzeDocument(text, { uri: TF_URI });
    const items = doComplete(doc, offset).items;
    const protocol = items.find((i) => i.label === 'protocol');
    assert.ok(protocol, `labels: ${items.map((i) => i.label)}`);
    const edit = protocol.textEdit as { range: { start: { line: number; character: number } } };
    assert.equal(doc.positions.offsetAt(edit.range.start), offset);
  });

  it("offers nothing for the resource arguments themselves (HashiCorp's extension does)", () => {
    const offset = JSONENCODE.indexOf('  family') + 2;
    assert.deepEqual(doComplete(analyzeDocument(JSONENCODE, { uri: TF_URI }), offset).items, []);
  });
});
