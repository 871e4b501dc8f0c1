/** Reading a template for the service rules: references in every spelling, and what the YAML skip keeps. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument, validate } from '../../../server/src/service';
import type { ValueNode } from '../../../server/src/service/model/nodes';
import { planSkips } from '../../../server/src/service/parse/yaml-skip';
import { referenceOf } from '../../../server/src/service/traffic/refs';
import { DEFAULT_INGRESS, YAML, template } from '../helpers/service-template';

const unknown = (text: string, offset = 0): ValueNode => ({ type: 'unknown', text, offset, length: text.length });

describe('references', () => {
  it('reads Ref and GetAtt in every spelling', () => {
    for (const t of ['!Ref TG', '{"Ref": "TG"}', '{ Ref: TG }', 'Ref: TG', "Ref: 'TG'"])
      assert.deepEqual(referenceOf(unknown(t)), { id: 'TG' }, t);
    for (const t of [
      '!GetAtt SG.GroupId',
      '!GetAtt [SG, GroupId]',
      '!GetAtt\n  - SG\n  - GroupId',
      '{"Fn::GetAtt": ["SG", "GroupId"]}',
      'Fn::GetAtt: [SG, GroupId]',
      'Fn::GetAtt:\n  - SG\n  - GroupId',
      'Fn::GetAtt: SG.GroupId',
    ]) {
      assert.deepEqual(referenceOf(unknown(t)), { id: 'SG', attr: 'GroupId' }, t);
    }
  });

  it('is not fooled by other intrinsics', () => {
    for (const t of ['!Sub ${TG}', '!ImportValue TG', '!If [C, !Ref A, !Ref B]', '{"Fn::ImportValue": "TG"}', '!Select [0, !Ref L]'])
      assert.equal(referenceOf(unknown(t)), undefined, t);
    assert.equal(referenceOf({ type: 'string', value: 'TG', offset: 0, length: 2 }), undefined);
  });

  it('finds a short-form tag left out of a flow item', () => {
    const source = 'SecurityGroups: [!Ref LBSG]';
    assert.deepEqual(referenceOf(unknown('LBSG', source.indexOf('LBSG')), source), { id: 'LBSG' });
  });
});

describe('YAML templates with a service', () => {
  const text = template({
    serviceSgIngress: DEFAULT_INGRESS.replace(/8080/g, '80'),
    extra:
      '  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: b\nOutputs:\n  Other:\n    Value: !Ref Bucket\n    Export:\n      Name: b\n',
  });

  it('keeps the service, load balancing and security group resources and Outputs; skips the rest', () => {
    const plan = planSkips(text);
    assert.ok(plan);
    const skipped = plan.resourceKeys.map((o) => text.slice(o, text.indexOf(':', o)));
    assert.deepEqual(skipped, ['Bucket']);
    assert.deepEqual(
      plan.sectionKeys.map((o) => text.slice(o, text.indexOf(':', o))),
      [],
    );
  });

  it('reports the same with and without skipping', () => {
    const run = (parseWholeYaml: boolean) =>
      validate(analyzeDocument(text, { ...YAML, parseWholeYaml })).map((p) => `${p.ruleId}@${p.offset}`);
    const whole = run(true);
    assert.deepEqual(run(false), whole);
    assert.ok(whole.some((r) => r.startsWith('service-security-group-ingress@')));
  });
});
