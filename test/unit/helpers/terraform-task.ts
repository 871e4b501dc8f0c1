/** Builders for the `aws_ecs_task_definition` resources of the Terraform tests (unit, protocol). */

/** A resource `app` with these attribute lines (indented 2) and this container_definitions expression. */
export function tfTask(attrs: string, containers: string): string {
  return `resource "aws_ecs_task_definition" "app" {
${attrs}
  container_definitions = ${containers}
}
`;
}

/** An awsvpc resource `app` whose jsonencode() container `web` has these port mappings (indented 8). */
export function jsonencodeTask(mappings: string): string {
  return tfTask(
    `  family       = "app"
  network_mode = "awsvpc"`,
    `jsonencode([
    {
      name   = "web"
      image  = "nginx"
      memory = 256
      portMappings = [
        ${mappings}
      ]
    }
  ])`,
  );
}
