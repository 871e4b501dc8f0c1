/**
 * Builders for the register-task-definition JSON and CloudFormation JSON fixtures of the rule tests.
 * They glue raw text, so each test still says exactly what its fixture holds (⟦ ⟧ markers included)
 * and the layout (and so every range) stays what the test was written against:
 *
 *   {
 *     "family": "web",<top>
 *     "containerDefinitions": [
 *   <containers, joined by ",\n">
 *     ]
 *   }
 */

export interface TaskJsonParts {
  /** The family as JSON text (default `"web"`). */
  family?: string;
  /** Raw text right after the family's comma: task fields, each `\n  "key": value,` (see `fields`). */
  top?: string;
  /** Container entries as rendered by `container` or `inline` (or raw text indented 4). */
  containers: string[];
  /** The containers as `object`s on the containerDefinitions line: `"containerDefinitions": [{ … }]`. */
  oneLine?: boolean;
}

export function taskJson(p: TaskJsonParts): string {
  if (p.oneLine)
    return `{
  "family": ${p.family ?? '"web"'},${p.top ?? ''}
  "containerDefinitions": [${p.containers.join(', ')}]
}`;
  return `{
  "family": ${p.family ?? '"web"'},${p.top ?? ''}
  "containerDefinitions": [
${p.containers.join(',\n')}
  ]
}`;
}

/** Task-level fields for `top`: each on its own line, indented 2, followed by a comma. */
export function fields(...lines: string[]): string {
  return lines.map((l) => `\n  ${l},`).join('');
}

/** The task fields of a valid Fargate task: awsvpc, FARGATE, cpu 256, memory 512 (for `top`). */
export const FARGATE_TASK = fields('"networkMode": "awsvpc"', '"requiresCompatibilities": ["FARGATE"]', '"cpu": "256"', '"memory": "512"');

/** A container object over several lines (indented 4, its fields 6), fields joined by commas. */
export function container(...lines: string[]): string {
  return `    {
${lines.map((l) => `      ${l}`).join(',\n')}
    }`;
}

/** An object on one line: `{ "a": 1, "b": 2 }`. */
export function object(...lines: string[]): string {
  return `{ ${lines.join(', ')} }`;
}

/** A container object on one line (indented 4). */
export function inline(...lines: string[]): string {
  return `    ${object(...lines)}`;
}

/** The usual first two container fields: `"name": "web", "image": "nginx"` (for `container`/`inline`). */
export const WEB = ['"name": "web"', '"image": "nginx"'];

/** A portMappings array over three lines, for a `container` (the mapping indented 8). */
export function portMappingsBlock(mappings: string): string {
  return `"portMappings": [
        ${mappings}
      ]`;
}

/**
 * A CloudFormation JSON template with one task definition resource `Task`; `body` is the text after its
 * Type line (indented 6), usually `cfnProperties(...)`.
 */
export function cfnJson(body: string): string {
  return `{
  "Resources": {
    "Task": {
      "Type": "AWS::ECS::TaskDefinition",
      ${body}
    }
  }
}`;
}

/** `"Properties": {<raw>\n      }` for `cfnJson`: `raw` holds the properties, each `\n        "Key": value`. */
export function cfnProperties(raw: string): string {
  return `"Properties": {${raw}
      }`;
}

/** An awsvpc task whose mapping has hostPort 80 ≠ containerPort 8080: host-port-mismatch on line 6 (package, protocol tests). */
export const BAD_TASK = `{
  "family": "web",
  "networkMode": "awsvpc",
  "memory": "512",
  "containerDefinitions": [
    { "name": "web", "image": "nginx", "portMappings": [{ "containerPort": 8080, "hostPort": 80 }] }
  ]
}
`;

/** The same mistake with the task on one line (config file tests). */
export const BAD_TASK_LINE =
  '{ "family": "web", "networkMode": "awsvpc", "memory": "512", "containerDefinitions": [{ "name": "web", "image": "nginx", "portMappings": [{ "containerPort": 8080, "hostPort": 80 }] }] }\n';

/** awsvpc task with two fixable host-port-mismatch problems (hostPort ≠ containerPort), for one fix and fix all. */
export const TWO_HOST_PORT_MISMATCHES = `{
  "family": "web",
  "networkMode": "awsvpc",
  "memory": "512",
  "containerDefinitions": [
    {
      "name": "web",
      "image": "nginx",
      "portMappings": [
        { "containerPort": 8080, "hostPort": 80 },
        { "containerPort": 9090, "hostPort": 90 }
      ]
    }
  ]
}
`;
