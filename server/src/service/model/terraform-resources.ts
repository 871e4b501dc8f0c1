/**
 * The Terraform resources around a task definition that the traffic model reads (traffic/terraform-services.ts):
 * `aws_ecs_service` and the target groups it sends traffic to. Unlike the task resource, their arguments keep
 * their Terraform names (`container_port`), so the fix editor finds them as written.
 */
import type { TerraformBlockSpec } from './terraform';

export const TERRAFORM_SERVICE_TYPE = 'aws_ecs_service';
export const TERRAFORM_TARGET_GROUP_TYPES = ['aws_lb_target_group', 'aws_alb_target_group'];

const spec = (api: string, attrs: TerraformBlockSpec['attrs'], more: Partial<TerraformBlockSpec> = {}): TerraformBlockSpec => ({
  api,
  attrs,
  ...more,
});

export const TERRAFORM_SERVICE_SPEC = spec(
  '',
  { task_definition: ['task_definition', 's'], launch_type: ['launch_type', 's'] },
  {
    blocks: {
      network_configuration: spec('network_configuration', {
        subnets: ['subnets', 'list'],
        security_groups: ['security_groups', 'list'],
        assign_public_ip: ['assign_public_ip', 'b'],
      }),
      load_balancer: spec(
        'load_balancer',
        {
          target_group_arn: ['target_group_arn', 's'],
          elb_name: ['elb_name', 's'],
          container_name: ['container_name', 's'],
          container_port: ['container_port', 'n'],
        },
        { list: true },
      ),
      service_registries: spec(
        'service_registries',
        {
          registry_arn: ['registry_arn', 's'],
          port: ['port', 'n'],
          container_name: ['container_name', 's'],
          container_port: ['container_port', 'n'],
        },
        { list: true },
      ),
      service_connect_configuration: spec(
        'service_connect_configuration',
        { enabled: ['enabled', 'b'], namespace: ['namespace', 's'] },
        {
          blocks: {
            service: spec(
              'service',
              { port_name: ['port_name', 's'], discovery_name: ['discovery_name', 's'] },
              {
                list: true,
                blocks: { client_alias: spec('client_alias', { port: ['port', 'n'], dns_name: ['dns_name', 's'] }, { list: true }) },
              },
            ),
          },
        },
      ),
      deployment_controller: spec('deployment_controller', { type: ['type', 's'] }),
      capacity_provider_strategy: spec('capacity_provider_strategy', { capacity_provider: ['capacity_provider', 's'] }, { list: true }),
    },
  },
);

export const TERRAFORM_TARGET_GROUP_SPEC = spec(
  '',
  { target_type: ['target_type', 's'], port: ['port', 'n'], protocol: ['protocol', 's'] },
  { blocks: { health_check: spec('health_check', { port: ['port', 's'], enabled: ['enabled', 'b'] }) } },
);

export const TERRAFORM_LISTENER_TYPES = ['aws_lb_listener', 'aws_alb_listener'];

/** A listener: its port and the target group its default action forwards to (read for the port map only). */
export const TERRAFORM_LISTENER_SPEC = spec(
  '',
  { load_balancer_arn: ['load_balancer_arn', 's'], port: ['port', 'n'], protocol: ['protocol', 's'] },
  {
    blocks: {
      default_action: spec('default_action', { type: ['type', 's'], target_group_arn: ['target_group_arn', 's'] }, { list: true }),
    },
  },
);

/** The block spec of each resource type the fix editor may edit besides the task definition. */
export const TERRAFORM_RESOURCE_SPECS: Record<string, TerraformBlockSpec> = {
  [TERRAFORM_SERVICE_TYPE]: TERRAFORM_SERVICE_SPEC,
  ...Object.fromEntries(TERRAFORM_TARGET_GROUP_TYPES.map((t) => [t, TERRAFORM_TARGET_GROUP_SPEC])),
};
