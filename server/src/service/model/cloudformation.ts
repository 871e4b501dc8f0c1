/**
 * CloudFormation templates (JSON or YAML): every `AWS::ECS::TaskDefinition` resource under
 * `Resources` becomes a task-definition model. Keys inside its `Properties` are PascalCase in the
 * file and are normalised to the API's camelCase (`rawKey` keeps the file's spelling); a key
 * CloudFormation would not accept (`hostPort`, `EfsVolumeConfiguration`) gets the key
 * "\u0000" + rawKey so no rule reads it and unknown-property can suggest the right spelling.
 * Keys of map-valued fields (log options, Docker labels) are the user's own and stay raw.
 */
import { type ObjectNode, type ValueNode, asArray, asObject, get, stringValue } from './nodes';
import { type TaskDefinitionModel, buildTaskModel } from './taskdef';

export const TASK_DEFINITION_TYPE = 'AWS::ECS::TaskDefinition';

/** CloudFormation names that are not the API name with a capital first letter (schema's x-cfnName). */
const CFN_TO_API = new Map<string, string>([
  ['EFSVolumeConfiguration', 'efsVolumeConfiguration'],
  ['FSxWindowsFileServerVolumeConfiguration', 'fsxWindowsFileServerVolumeConfiguration'],
  ['S3FilesVolumeConfiguration', 's3filesVolumeConfiguration'],
  ['FilesystemId', 'fileSystemId'], // in EFSVolumeConfiguration (FSx spells it FileSystemId)
  ['IAM', 'iam'],
  ['ProxyConfigurationProperties', 'properties'],
]);
const API_TO_CFN = new Map<string, string>([
  ['efsVolumeConfiguration', 'EFSVolumeConfiguration'],
  ['fsxWindowsFileServerVolumeConfiguration', 'FSxWindowsFileServerVolumeConfiguration'],
  ['s3filesVolumeConfiguration', 'S3FilesVolumeConfiguration'],
  ['iam', 'IAM'],
  ['properties', 'ProxyConfigurationProperties'],
]);

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
export function camelFromPascal(key: string): string {
  const special = CFN_TO_API.get(key);
  if (special) return special;
  return /^[A-Z]/.test(key) ? key[0].toLowerCase() + key.slice(1) : key;
}

/** CloudFormation spelling of an API property name (`hostPort` → `HostPort`). */
export function pascalFromCamel(key: string): string {
  const special = API_TO_CFN.get(key);
  if (special) return special;
  return /^[a-z]/.test(key) ? key[0].toUpperCase() + key.slice(1) : key;
}

/** True when CloudFormation accepts `rawKey` as the spelling of a property. */
export function isCfnSpelling(rawKey: string): boolean {
  if (CFN_TO_API.has(rawKey)) return true;
  return /^[A-Z]/.test(rawKey) && pascalFromCamel(camelFromPascal(rawKey)) === rawKey;
}

/** Objects whose keys are the user's own data (Docker labels, log driver options), not API names. */
export const MAP_VALUED_FIELDS = new Set(['options', 'dockerLabels', 'driverOpts', 'labels']);

function normalisePascalKeys(node: ValueNode): void {
  if (node.type === 'object') {
    for (const p of node.properties) {
      // A camelCase key in CloudFormation is a mistake: keep it distinct so rules do not read it
      // and unknown-property can suggest the PascalCase spelling.
      p.key = isCfnSpelling(p.rawKey) ? camelFromPascal(p.rawKey) : `\u0000${p.rawKey}`;
      if (p.value && !MAP_VALUED_FIELDS.has(p.key)) normalisePascalKeys(p.value);
    }
  } else if (node.type === 'array') {
    for (const item of node.items) normalisePascalKeys(item);
  }
}
