/**
 * Hover over a field (its key or its value): network-mode-aware text for port mappings,
 * `portMappings`, `networkMode` and `requiresCompatibilities`; schema descriptions for the rest.
 */
import type { AnyNode, PropertyNode } from '../../model/nodes';
import { nodeAt } from '../../model/nodes';
import type { AnalyzedDocument } from '../../model/document';
import { readPort } from '../../model/ports';
import type { SourceRange } from '../../rules/types';
import { keyRange, valueRange } from '../../rules/ranges';
import { classify, containerAt, locateNode, mappingAt } from '../knowledge/task-path';
import { modeView } from '../knowledge/mode';
import { isPortMappingField, portFieldDoc } from '../knowledge/port-fields';
import { networkModeDoc, portMappingsDoc, requiresCompatibilitiesDoc } from '../knowledge/task-fields';
import { AWS_URL, type Link, linkLine } from './links';
import { paragraphs } from '../knowledge/markdown';
import { schemaFieldMarkdown } from '../knowledge/schema-docs';

export interface FieldHover {
  markdown: string;
  range: SourceRange;
}

interface Target {
  prop: PropertyNode;
  range: SourceRange;
}

/** The property a hover at `offset` is about: over its key, its scalar value, or a scalar item of its array. */
function targetAt(doc: AnalyzedDocument, offset: number): Target | undefined {
  if (!doc.root) return undefined;
  const node: AnyNode | undefined = nodeAt(doc.root, offset, false);
  if (!node) return undefined;
  if (node.type === 'property') {
    const inKey = offset >= node.keyOffset && offset < node.keyOffset + node.keyLength;
    return inKey ? { prop: node, range: keyRange(node) } : undefined;
  }
  if (node.type === 'object' || node.type === 'array') return undefined;
  const parent = node.parent;
  if (parent?.type === 'property') return { prop: parent, range: valueRange(node) };
  if (parent?.type === 'array' && parent.parent?.type === 'property') return { prop: parent.parent, range: valueRange(node) };
  return undefined;
}

export function fieldHover(doc: AnalyzedDocument, offset: number, spell: (k: string) => string): FieldHover | undefined {
  const target = targetAt(doc, offset);
  if (!target) return undefined;
  const loc = locateNode(doc, target.prop);
  if (!loc) return undefined;
  const { task, path } = loc;
  const cfn = doc.keyStyle === 'pascal';
  const place = classify(path);
  const view = () => modeView(task, spell);
  let body: string | undefined;
  let links: Link[] = [];
  if (place.kind === 'portMapping' && place.field && isPortMappingField(place.field)) {
    const mapping = mappingAt(task, place.container, place.mapping);
    body = portFieldDoc({
      field: place.field,
      view: view(),
      port: mapping ? readPort(mapping) : undefined,
      containerName: containerAt(task, place.container)?.name,
      spell,
    });
    links = [{ title: `AWS: PortMapping.${place.field}`, url: `${AWS_URL.portMapping}#ECS-Type-PortMapping-${place.field}` }];
    if (place.field === 'name' || place.field === 'appProtocol') links.push({ title: 'Service Connect', url: AWS_URL.serviceConnect });
    if (cfn) links.push({ title: 'CloudFormation: PortMapping', url: AWS_URL.cfnPortMapping });
  } else if (place.kind === 'portMappings') {
    body = portMappingsDoc(view(), containerAt(task, place.container), spell);
    links = [
      { title: 'AWS: portMappings', url: AWS_URL.portMappings },
      { title: 'Task networking', url: AWS_URL.taskNetworking },
    ];
    if (cfn) links.push({ title: 'CloudFormation: PortMapping', url: AWS_URL.cfnPortMapping });
  } else if (place.kind === 'task' && place.field === 'networkMode') {
    body = networkModeDoc(view(), task, spell);
    links = [
      { title: 'AWS: networkMode', url: AWS_URL.networkMode },
      { title: 'Task networking', url: AWS_URL.taskNetworking },
    ];
    if (cfn) links.push({ title: 'CloudFormation: TaskDefinition', url: AWS_URL.cfnTaskDefinition });
  } else if (place.kind === 'task' && place.field === 'requiresCompatibilities') {
    body = requiresCompatibilitiesDoc(task, spell);
    links = [{ title: 'AWS: requiresCompatibilities', url: AWS_URL.requiresCompatibilities }];
    if (cfn) links.push({ title: 'CloudFormation: TaskDefinition', url: AWS_URL.cfnTaskDefinition });
  } else {
    // Every other field: the schema's own-words description and AWS link.
    body = schemaFieldMarkdown(path, doc.keyStyle);
  }
  if (!body) return undefined;
  return { markdown: paragraphs(body, links.length > 0 && linkLine(links)), range: target.range };
}
