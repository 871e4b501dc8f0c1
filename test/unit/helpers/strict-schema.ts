/**
 * The schemas other tools use (SchemaStore, Ajv, IDEs), generated from the annotated source schema
 * schemas/ecs-task-definition.schema.json that hover and completion read:
 *
 * - ecs-task-definition.strict.schema.json: only standard draft-07 keywords (strict Ajv compiles it);
 *   `x-docUrl` and `deprecationMessage` move into the description, `x-cfnName` is dropped; every
 *   optional property may be `null` (the ECS API treats a null member as absent, and console exports
 *   write them); template placeholders pass where a pattern or enum applies; the fields DescribeTaskDefinition adds (ARN, revision, status, …) are allowed.
 * - ecs-task-definition-describe.schema.json: the `{ "taskDefinition": …, "tags": … }` output of
 *   `aws ecs describe-task-definition`.
 *
 * scripts/schemas.mjs writes them; test/unit/schema-published.test.ts checks they are up to date.
 */
import source from '../../../schemas/ecs-task-definition.schema.json';

const BASE = 'https://raw.githubusercontent.com/ecs-taskdef/ecs-taskdef/main/schemas/';
export const SOURCE_SCHEMA_ID = `${BASE}ecs-task-definition.schema.json`;
export const STRICT_SCHEMA_ID = `${BASE}ecs-task-definition.strict.schema.json`;
export const DESCRIBE_SCHEMA_ID = `${BASE}ecs-task-definition-describe.schema.json`;

type Schema = Record<string, unknown>;
const DESCRIBE_DOC = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeTaskDefinition.html';
const OUTPUT_ONLY =
  'Output of DescribeTaskDefinition, set by ECS. RegisterTaskDefinition does not take it (the AWS CLI rejects it; the aws-actions deploy action and ecspresso strip it).';

/** The task-level fields only describe output has, as the TaskDefinition API type defines them. */
const DESCRIBE_FIELDS: Record<string, Schema> = {
  taskDefinitionArn: { type: 'string', description: `The full ARN of this task definition revision. ${OUTPUT_ONLY}` },
  revision: { type: 'integer', minimum: 1, description: `The revision number within the family. ${OUTPUT_ONLY}` },
  status: {
    type: 'string',
    enum: ['ACTIVE', 'INACTIVE', 'DELETE_IN_PROGRESS'],
    description: `Whether the revision can be used. ${OUTPUT_ONLY}`,
  },
  requiresAttributes: {
    type: 'array',
    description: `Container instance attributes this task needs. ${OUTPUT_ONLY}`,
    items: {
      type: 'object',
      properties: { name: { type: 'string' }, value: { type: 'string' }, targetType: { type: 'string' }, targetId: { type: 'string' } },
      required: ['name'],
    },
  },
  compatibilities: {
    type: 'array',
    items: { type: 'string', enum: ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'] },
    description: `Launch types this revision is valid for. ${OUTPUT_ONLY}`,
  },
  registeredAt: { anyOf: [{ type: 'string' }, { type: 'number' }], description: `When it was registered. ${OUTPUT_ONLY}` },
  registeredBy: { type: 'string', description: `Who registered it. ${OUTPUT_ONLY}` },
  deregisteredAt: { anyOf: [{ type: 'string' }, { type: 'number' }], description: `When it was deregistered. ${OUTPUT_ONLY}` },
  deleteRequestedAt: { anyOf: [{ type: 'string' }, { type: 'number' }], description: `When its deletion was requested. ${OUTPUT_ONLY}` },
};
const PORT_MAPPING_OUTPUT: Record<string, Schema> = {
  hostPortRange: {
    type: 'string',
    description: 'The host port range bound for a containerPortRange, as DescribeTasks reports it. Not a RegisterTaskDefinition input.',
  },
};

/**
 * Template placeholders (`${VAR}`, `{{ .Var }}`, `<IMAGE>`, `$VAR`, `__VAR__`, …), which the linter treats as
 * unknown values: the strict copy accepts them where a string must match a pattern or an enum.
 */
export const PLACEHOLDER = String.raw`\$\{[^}]*\}|\{\{.*?\}\}|\{%.*?%\}|<[A-Za-z_][A-Za-z0-9_.: -]*>|#\{[^}]*\}|%\{[^}]*\}|^(?:\$[A-Za-z_][A-Za-z0-9_]*|\$\([A-Za-z_][A-Za-z0-9_]*\)|__[A-Za-z0-9_]+__|@@?[A-Za-z0-9_]+@@?)$`;

/** A string schema with a pattern or an enum also takes a placeholder. */
function placeholders(s: Schema): Schema {
  if (s.type !== 'string') return s;
  if (typeof s.pattern === 'string') return { ...s, pattern: `${s.pattern}|${PLACEHOLDER}` };
  if (Array.isArray(s.enum)) {
    const { description, enum: values, ...rest } = s;
    return {
      ...(description === undefined ? {} : { description }),
      anyOf: [
        { ...rest, enum: values },
        { type: 'string', pattern: PLACEHOLDER },
      ],
    };
  }
  return s;
}

/** Drops our own annotations, folding the doc link and deprecation note into the description. */
function standardise(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(standardise);
  if (!node || typeof node !== 'object') return node;
  const s = node as Schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(s)) {
    if (k.startsWith('x-') || k === 'deprecationMessage') continue;
    if (k === 'enum' || k === 'default' || k === 'const' || k === 'examples') out[k] = v;
    else if (k === 'properties' || k === 'definitions' || k === 'patternProperties') {
      out[k] = Object.fromEntries(Object.entries(v as Schema).map(([name, sub]) => [name, standardise(sub)]));
    } else out[k] = standardise(v);
  }
  const notes = [
    typeof s.deprecationMessage === 'string' ? `Deprecated: ${s.deprecationMessage}` : undefined,
    typeof s['x-docUrl'] === 'string' ? `AWS reference: ${s['x-docUrl']}` : undefined,
  ].filter(Boolean);
  if (notes.length) out.description = [out.description, ...notes].filter(Boolean).join('\n\n');
  return placeholders(out);
}

/** Every optional property of every object schema may also be null. */
function allowNull(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(allowNull);
  if (!node || typeof node !== 'object') return node;
  const s = node as Schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'enum' || k === 'default' || k === 'const' || k === 'examples') out[k] = v;
    else if (k === 'definitions') out[k] = Object.fromEntries(Object.entries(v as Schema).map(([n, sub]) => [n, allowNull(sub)]));
    else if (k === 'properties') {
      const required = new Set((s.required as string[] | undefined) ?? []);
      out[k] = Object.fromEntries(
        Object.entries(v as Schema).map(([name, sub]) => [name, required.has(name) ? allowNull(sub) : nullable(allowNull(sub) as Schema)]),
      );
    } else out[k] = allowNull(v);
  }
  return out;
}

function nullable(s: Schema): Schema {
  const { description, ...rest } = s;
  return { ...(description === undefined ? {} : { description }), anyOf: [rest, { type: 'null' }] };
}

export function strictSchema(): Schema {
  const base = standardise(source) as Schema;
  const definitions = { ...(base.definitions as Record<string, Schema>) };
  const pm = definitions.PortMapping;
  definitions.PortMapping = { ...pm, properties: { ...(pm.properties as Schema), ...PORT_MAPPING_OUTPUT } };
  const withOutput: Schema = {
    ...base,
    properties: { ...(base.properties as Schema), ...DESCRIBE_FIELDS },
    definitions,
  };
  const { $schema, $id: _sourceId, $comment: _comment, ...rest } = allowNull(withOutput) as Schema;
  return {
    $schema,
    $id: STRICT_SCHEMA_ID,
    $comment:
      'Generated from ecs-task-definition.schema.json by scripts/schemas.mjs (ecs-taskdef): standard draft-07 keywords only, null allowed for optional fields, describe-task-definition output fields allowed. Edit the source, not this file.',
    ...rest,
  };
}

export function describeSchema(): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: DESCRIBE_SCHEMA_ID,
    title: 'Amazon ECS describe-task-definition output',
    description: `The output of \`aws ecs describe-task-definition\` (DescribeTaskDefinition): the task definition and its tags. ${DESCRIBE_DOC}`,
    type: 'object',
    properties: {
      taskDefinition: { $ref: STRICT_SCHEMA_ID },
      tags: { anyOf: [{ $ref: `${STRICT_SCHEMA_ID}#/properties/tags/anyOf/0` }, { type: 'null' }] },
    },
    required: ['taskDefinition'],
    additionalProperties: false,
  };
}
