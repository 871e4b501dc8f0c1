/**
 * CloudFormation templates (JSON or YAML): every `AWS::ECS::TaskDefinition` resource under
 * `Resources` becomes a task-definition model. Keys inside its `Properties` are PascalCase in the
 * file and are normalised to the API's camelCase (`rawKey` keeps the file's spelling); a key
 * CloudFormation would not accept (`hostPort`, `EfsVolumeConfiguration`) keeps its raw key and is
 * marked `spelling: 'foreign'`, so no rule reads it and unknown-property can suggest the right spelling.
 * Keys of map-valued fields (log options, Docker labels) are the user's own and stay raw.
 */
import rawSchema from '../../../../schemas/ecs-task-definition.schema.json';
import { type ObjectNode, type ValueNode, asArray, asObject, get, stringValue } from './nodes';
import { type TaskDefinitionModel, buildTaskModel } from './taskdef';

export const TASK_DEFINITION_TYPE = 'AWS::ECS::TaskDefinition';

/** How keys are spelled in a document: API camelCase (JSON) or CloudFormation PascalCase. */
export type KeyStyle = 'camel' | 'pascal';

/** CloudFormation names that are not the API name with a capital first letter (the schema's x-cfnName). */
const CFN_TO_API = new Map<string, string>();
/** API name → CloudFormation name, where it is irregular the same way everywhere it occurs. */
const API_TO_CFN = new Map<string, string>();
/** `holder.apiKey` → CloudFormation name where it depends on the place (EFS `FilesystemId`, FSx `FileSystemId`). */
const IN_PLACE = new Map<string, string>();

const capitalised = (key: string) => (/^[a-z]/.test(key) ? key[0].toUpperCase() + key.slice(1) : key);

interface SchemaProperty {
  'x-cfnName'?: string;
  $ref?: string;
  allOf?: { $ref?: string }[];
  items?: { $ref?: string };
}
interface SchemaObject {
  properties?: Record<string, SchemaProperty>;
}

/** Fills the tables above from the schema, the one place that knows CloudFormation's irregular names. */
function readCfnNames(): void {
  const root = rawSchema as unknown as SchemaObject & { definitions: Record<string, SchemaObject> };
  const objects = [root, ...Object.values(root.definitions)];
  const props = (obj: SchemaObject) => Object.entries(obj.properties ?? {});
  // The API keys of the properties that hold each object type (`efsVolumeConfiguration` holds EFSVolumeConfiguration).
  const holders = new Map<SchemaObject, string[]>();
  for (const obj of objects) {
    for (const [key, p] of props(obj)) {
      const ref = p.$ref ?? p.allOf?.[0]?.$ref ?? p.items?.$ref;
      const target = ref?.startsWith('#/definitions/') ? root.definitions[ref.slice('#/definitions/'.length)] : undefined;
      if (target) holders.set(target, [...(holders.get(target) ?? []), key]);
    }
  }
  const everywhere = new Map<string, Set<string>>();
  const inPlace = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, cfn: string) => map.set(key, (map.get(key) ?? new Set()).add(cfn));
  for (const obj of objects) {
    for (const [key, p] of props(obj)) {
      const cfn = p['x-cfnName'] ?? capitalised(key);
      if (p['x-cfnName']) CFN_TO_API.set(cfn, key);
      add(everywhere, key, cfn);
      for (const holder of holders.get(obj) ?? []) add(inPlace, `${holder}.${key}`, cfn);
    }
  }
  for (const [key, names] of everywhere) {
    const [cfn] = names;
    if (names.size === 1 && cfn !== capitalised(key)) API_TO_CFN.set(key, cfn);
  }
  for (const [place, names] of inPlace) {
    const [cfn] = names;
    if (names.size === 1 && cfn !== pascalFromCamel(place.slice(place.indexOf('.') + 1))) IN_PLACE.set(place, cfn);
  }
}
readCfnNames();

export function detectCloudFormationTasks(root: ObjectNode): TaskDefinitionModel[] {
  const resources = asObject(get(root, 'Resources'));
  if (!resources) return [];
  const tasks: TaskDefinitionModel[] = [];
  for (const res of resources.properties) {
    const body = asObject(res.value);
    if (!body || stringValue(get(body, 'Type')) !== TASK_DEFINITION_TYPE) continue;
    const props = asObject(get(body, 'Properties'));
    if (!props) continue;
    normalisePascalKeys(props);
    const model = buildTaskModel('cloudformation', props, asArray(get(props, 'containerDefinitions')));
    model.resourceName = res.rawKey;
    tasks.push(model);
  }
  return tasks;
}

/** API name of a CloudFormation property name (`HostPort` → `hostPort`, `IAM` → `iam`). */
function camelFromPascal(key: string): string {
  return CFN_TO_API.get(key) ?? (/^[A-Z]/.test(key) ? key[0].toLowerCase() + key.slice(1) : key);
}

/** CloudFormation spelling of an API property name (`hostPort` → `HostPort`), wherever it occurs. */
export function pascalFromCamel(key: string): string {
  return API_TO_CFN.get(key) ?? capitalised(key);
}

/** True when CloudFormation accepts `rawKey` as the spelling of a property. */
function isCfnSpelling(rawKey: string): boolean {
  if (CFN_TO_API.has(rawKey)) return true;
  return /^[A-Z]/.test(rawKey) && pascalFromCamel(camelFromPascal(rawKey)) === rawKey;
}

/**
 * The API (camelCase) key a key written as `rawKey` stands for; undefined for a spelling
 * CloudFormation would not accept (`hostPort`, `EfsVolumeConfiguration`): it stands for no API key.
 */
export function apiKey(rawKey: string, keyStyle: KeyStyle): string | undefined {
  if (keyStyle !== 'pascal') return rawKey;
  return isCfnSpelling(rawKey) ? camelFromPascal(rawKey) : undefined;
}

/**
 * Where a key sits, for names CloudFormation spells differently in different places: the API key
 * of the object holding it (`efsVolumeConfiguration`), or that object's schema.
 */
export type KeyPlace = string | { properties?: Record<string, { 'x-cfnName'?: string }> };

/**
 * How an API key is written in a document of `keyStyle` (`hostPort` → `HostPort`, `iam` → `IAM`).
 * `place` settles names CloudFormation spells differently in different places (`fileSystemId`:
 * `FilesystemId` in efsVolumeConfiguration, `FileSystemId` in FSx); without it, the usual spelling.
 */
export function spellKey(key: string, keyStyle: KeyStyle, place?: KeyPlace): string {
  if (keyStyle !== 'pascal') return key;
  if (typeof place === 'object') return place.properties?.[key]?.['x-cfnName'] ?? pascalFromCamel(key);
  return (place !== undefined ? IN_PLACE.get(`${place}.${key}`) : undefined) ?? pascalFromCamel(key);
}

/** Objects whose keys are the user's own data (Docker labels, log driver options), not API names. */
export const MAP_VALUED_FIELDS = new Set(['options', 'dockerLabels', 'driverOpts', 'labels']);

function normalisePascalKeys(node: ValueNode): void {
  if (node.type === 'object') {
    for (const p of node.properties) {
      // A camelCase key in CloudFormation is a mistake: mark it so rules do not read it
      // and unknown-property can suggest the PascalCase spelling.
      const key = apiKey(p.rawKey, 'pascal');
      if (key === undefined) p.spelling = 'foreign';
      p.key = key ?? p.rawKey;
      if (p.value && (key === undefined || !MAP_VALUED_FIELDS.has(key))) normalisePascalKeys(p.value);
    }
  } else if (node.type === 'array') {
    for (const item of node.items) normalisePascalKeys(item);
  }
}
