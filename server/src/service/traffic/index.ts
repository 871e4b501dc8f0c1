/**
 * Cross-resource analysis: the services of a document and the task definitions, target groups
 * and security groups they send traffic through. Built once per analysed document.
 */
import type { AnalyzedDocument } from '../model/document';
import { asObject } from '../model/nodes';
import { cloudFormationServices } from './cfn-services';
import type { ServiceModel } from './model';
import { TemplateGraph } from './template';
import { serviceFileModels } from './service-file';
import { TerraformSecurityGroups } from './terraform-security-groups';
import { terraformServices } from './terraform-services';
import { terraformResources } from '../model/terraform-context';

export { type RelatedFile, mightBeServiceFile } from './sniff';

export interface TrafficModel {
  services: ServiceModel[];
  /** The CloudFormation template graph, when the document is a template. */
  template?: TemplateGraph;
  /** The security groups of a .tf file and their ingress. */
  terraformGroups?: TerraformSecurityGroups;
}

const cache = new WeakMap<AnalyzedDocument, TrafficModel>();

export function trafficOf(doc: AnalyzedDocument): TrafficModel {
  let model = cache.get(doc);
  if (!model) cache.set(doc, (model = build(doc)));
  return model;
}

function build(doc: AnalyzedDocument): TrafficModel {
  const root = asObject(doc.root);
  if (root && doc.keyStyle === 'pascal') {
    const template = new TemplateGraph(root, doc.text);
    return { services: cloudFormationServices(doc, template), template };
  }
  if (doc.format === 'terraform') {
    const terraformGroups = new TerraformSecurityGroups(doc, terraformResources(doc));
    return { services: terraformServices(doc, terraformGroups), terraformGroups };
  }
  return { services: doc.related?.length ? serviceFileModels(doc, doc.related) : [] };
}
