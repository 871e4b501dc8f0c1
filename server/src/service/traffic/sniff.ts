/** Service files (create-service JSON, AppSpec) by a cheap look at the text; no imports, so the model can use it. */

/** A file from the same folder as the document, as the host read it. */
export interface RelatedFile {
  uri: string;
  text: string;
}

const SERVICE_KEYS =
  /"(?:loadBalancers|serviceConnectConfiguration|serviceRegistries|networkConfiguration|launchType|capacityProviderStrategy|taskDefinition)"\s*:/;
const APPSPEC = /\bLoadBalancerInfo\b/;

/** Could this text be a service definition or an AppSpec (so the host should pass the files next to it)? */
export function mightBeServiceFile(text: string): boolean {
  return (
    !/containerDefinitions|ContainerDefinitions/.test(text) &&
    (SERVICE_KEYS.test(text) || (APPSPEC.test(text) && /AWS::ECS::Service/.test(text)))
  );
}
