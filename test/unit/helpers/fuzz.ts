/**
 * Fuzz inputs and the driver shared by the robustness test (a short seeded run in `npm test`) and
 * `scripts/fuzz.mjs` (the long run): task-definition-like seeds in every format, random edits, and
 * hostile shapes (deep nesting, huge keys and strings, template floods, BOM and line-end variants),
 * each run through every feature of the core.
 */
import {
  DEFAULT_CONFIG,
  analyzeDocument,
  doComplete,
  doHover,
  fixAll,
  getCodeActions,
  toDiagnostics,
  validate,
} from '../../../server/src/service';

export const JSON_SEED = `{
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

export const YAML_SEED = `Resources:
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

const DESCRIBE_SEED = `{"taskDefinition":{"taskDefinitionArn":"arn:aws:ecs:us-east-1:1:task-definition/w:1","family":"w","networkMode":"bridge","revision":1,"status":"ACTIVE","containerDefinitions":[{"name":"w","image":"i","memory":256,"portMappings":[{"containerPort":80,"hostPort":80,"protocol":"TCP"}]}]}}`;

const ARRAY_SEED = `[
  { "name": "app", "image": "<IMAGE1_NAME>", "essential": true, "memory": {{ .Memory }},
    "portMappings": [ %{ for p in ports ~}{ "containerPort": \${p}, "hostPort": \${p} },%{ endfor ~} ],
    "environment": [ {% for k, v in env.items() %}{ "name": "{{ k }}", "value": "{{ v }}" }{% if not loop.last %},{% endif %}{% endfor %} ] }
]`;

const YAML_API_SEED = `family: api
networkMode: host
containerDefinitions:
  - name: api
    image: "{{ image }}"
    memory: 512
    portMappings:
      - containerPort: 8080
        hostPort: 8081
    command: |
      run --port 8080
        --verbose
`;

export const SEEDS: { text: string; uri: string }[] = [
  { text: JSON_SEED, uri: 'file:///t.json' },
  { text: YAML_SEED, uri: 'file:///t.yaml' },
  { text: DESCRIBE_SEED, uri: 'file:///d.json' },
  { text: ARRAY_SEED, uri: 'file:///c.json.tpl' },
  { text: YAML_API_SEED, uri: 'file:///a.yml' },
];

const TOKENS = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  '\n',
  '\r',
  '\r\n',
  ' ',
  '\t',
  '0',
  '-1',
  '65536',
  '1e999',
  'null',
  'true',
  '"x"',
  '${X}',
  '${',
  '{{ y }}',
  '{{',
  '{%',
  '%}',
  '#{',
  '%{ if x }',
  '%{ endif }',
  '!Ref',
  '!If [',
  '- ',
  '  ',
  '? ',
  '&a ',
  '*a',
  '|',
  '>-',
  '#',
  '//',
  '/*',
  '*/',
  '\\',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '"containerPort": ',
  '"hostPort": ',
  'HostPort: ',
  '"networkMode": "none"',
  'Fn::If',
  '<IMAGE>',
];

export type Rng = () => number;

export function rng(seed: number): Rng {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)];

/** One to four random edits: deletions, token insertions, reversed runs, duplicated slices. */
export function mutate(text: string, r: Rng): string {
  let out = text;
  const edits = 1 + Math.floor(r() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * (out.length + 1));
    const kind = r();
    if (kind < 0.35) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(r() * 12));
    else if (kind < 0.75) out = out.slice(0, at) + pick(r, TOKENS) + out.slice(at);
    else if (kind < 0.9) out = out.slice(0, at) + out.slice(at).split('').reverse().join('').slice(0, 8) + out.slice(at + 8);
    else {
      const from = Math.floor(r() * out.length);
      out = out.slice(0, at) + out.slice(from, from + Math.floor(r() * 200)) + out.slice(at);
    }
  }
  return out;
}

/** A hostile shape, built around a real seed so the task definition is still there to find. */
export function hostile(r: Rng, scale: number): { text: string; uri: string } {
  const seed = pick(r, SEEDS);
  const size = Math.max(1, Math.floor(scale * (0.1 + r() * 0.9)));
  const json = seed.uri.endsWith('.json') || seed.uri.endsWith('.tpl');
  const at = seed.text.indexOf(json ? '"image"' : 'mage:');
  const insertAt = at < 0 ? Math.floor(seed.text.length / 2) : at;
  const put = (s: string) => seed.text.slice(0, insertAt) + s + seed.text.slice(insertAt);
  switch (Math.floor(r() * 9)) {
    case 0: {
      // deep nesting, closed or not
      const open = pick(r, json ? ['[', '{"a":', '[{"k":'] : ['[', '{a: ', '- ']);
      const closed = r() < 0.5;
      const close = open === '[' ? ']' : open.startsWith('[{') ? '}]' : open === '- ' ? '' : '}';
      const body = open.repeat(size) + 'x' + (closed ? close.repeat(size) : '');
      return { text: put(json ? `"deep": ${body}, ` : `deep: ${body}\n    `), uri: seed.uri };
    }
    case 1: // an indented YAML pyramid
      return {
        text:
          seed.text + 'deep:\n' + Array.from({ length: Math.min(size, 1000) }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n') + ' 1\n',
        uri: 'file:///p.yaml',
      };
    case 2: {
      // a huge key
      const key = pick(r, ['k', 'containerPort', 'ContainerPort', '${', 'é', '"']).repeat(size);
      return { text: put(json ? `${JSON.stringify(key)}: 1, ` : `${JSON.stringify(key)}: 1\n    `), uri: seed.uri };
    }
    case 3: {
      // a huge string
      const value = pick(r, ['a', ' ', '\\n', '\\"', 'x:y ']).repeat(size);
      return { text: put(json ? `"huge": "${value}", ` : `huge: "${value}"\n    `), uri: seed.uri };
    }
    case 4: {
      // a template flood, in a string or bare
      const flood = pick(r, ['{%', '#{', '${', '{{', '%{', '{#', '<a', '%{ if x }', '{% if x %}', '{{ if .x }}', '}}', '%}']).repeat(
        Math.ceil(size / 2),
      );
      const quoted = r() < 0.6;
      return {
        text: put(json ? (quoted ? `"f": "${flood}", ` : `"f": ${flood}, `) : `f: ${quoted ? JSON.stringify(flood) : flood}\n    `),
        uri: seed.uri,
      };
    }
    case 5: {
      // many keys or many port mappings
      const n = Math.min(size, 20_000);
      const many = json
        ? Array.from({ length: n }, (_, i) => (r() < 0.5 ? `"k${i}": ${i}, ` : `"portMappings": [{"containerPort": ${i % 70000}}], `)).join(
            '',
          )
        : Array.from({ length: n }, (_, i) => `k${i}: ${i}\n    `).join('');
      return { text: put(many), uri: seed.uri };
    }
    case 6: // BOM and line-end variants
      return { text: pick(r, ['\uFEFF', '']) + seed.text.replace(/\n/g, pick(r, ['\r', '\r\n', '\n', '\n\r'])), uri: seed.uri };
    case 7: // one long line
      return { text: seed.text.replace(/\n\s*/g, json ? '' : ' '), uri: seed.uri };
    default: // random bytes, as text
      return {
        text: Array.from({ length: Math.min(size, 5000) }, () => String.fromCharCode(Math.floor(r() * 0x3000))).join(''),
        uri: seed.uri,
      };
  }
}

/** The next fuzz input: usually a mutated seed, sometimes a hostile shape (then maybe mutated too). */
export function nextInput(r: Rng, scale: number): { text: string; uri: string } {
  if (r() < 0.08) {
    const h = hostile(r, scale);
    return r() < 0.3 ? { text: mutate(h.text, r), uri: h.uri } : h;
  }
  const seed = pick(r, SEEDS);
  let text = seed.text;
  const rounds = 1 + Math.floor(r() * 3);
  for (let i = 0; i < rounds; i++) text = mutate(text, r);
  return { text, uri: seed.uri };
}

export interface CallTiming {
  what: string;
  ms: number;
}

/**
 * Runs every feature on one input; throws what a feature throws. `timed` receives each call's
 * duration (the script reports calls over its bound as hangs).
 */
export function exercise(input: { text: string; uri: string }, r: Rng, withFixAll: boolean, timed?: (t: CallTiming) => void): void {
  const clock = (what: string, fn: () => void) => {
    const start = Date.now();
    fn();
    timed?.({ what, ms: Date.now() - start });
  };
  const { text, uri } = input;
  let doc!: ReturnType<typeof analyzeDocument>;
  let problems: ReturnType<typeof validate> = [];
  clock('analyze', () => {
    doc = analyzeDocument(text, { uri });
  });
  clock('validate', () => {
    problems = validate(doc, DEFAULT_CONFIG);
  });
  let diagnostics: ReturnType<typeof toDiagnostics> = [];
  clock('diagnostics', () => {
    diagnostics = toDiagnostics(doc, problems);
  });
  for (let k = 0; k < 3; k++) {
    const offset = Math.floor(r() * (text.length + 1));
    clock('hover', () => {
      doHover(doc, offset, problems);
    });
    clock('completion', () => {
      doComplete(doc, offset);
    });
  }
  const d = diagnostics.length ? diagnostics[Math.floor(r() * diagnostics.length)] : undefined;
  const range = d?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  // The light bulb asks for quick fixes; fix-all (up to 100 re-analyses) runs with `withFixAll`.
  clock('code actions', () => {
    getCodeActions(doc, problems, { range, diagnostics: d ? [d] : [], only: ['quickfix'] }, DEFAULT_CONFIG);
  });
  if (withFixAll) {
    clock('fix all', () => {
      getCodeActions(doc, problems, { range, diagnostics: d ? [d] : [], only: undefined }, DEFAULT_CONFIG);
    });
    clock('fix all', () => {
      fixAll(text, { uri }, DEFAULT_CONFIG);
    });
  }
}
