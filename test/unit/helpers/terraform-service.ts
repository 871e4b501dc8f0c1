/** A .tf file with a task definition, an ECS service and a target group, for the Terraform service rule tests. */
export interface TfServiceParts {
  networkMode?: string;
  /** Task-level lines after network_mode (indented 2). */
  taskExtra?: string;
  /** The container's portMappings entries (HCL objects). */
  portMappings?: string;
  /** The service's task_definition expression. */
  taskRef?: string;
  /** The service's lines after task_definition (indented 2). */
  service?: string;
  /** The target group's lines after its port (indented 2). */
  targetGroup?: string;
}

export const TF_FARGATE_SERVICE = `  launch_type     = "FARGATE"
  network_configuration {
    subnets         = ["subnet-1"]
    security_groups = ["sg-1"]
  }
  load_balancer {
    target_group_arn = aws_lb_target_group.web.arn
    container_name   = "web"
    container_port   = 8080
  }`;

export function tfService(parts: TfServiceParts = {}): string {
  return `resource "aws_ecs_task_definition" "app" {
  family       = "app"
  network_mode = "${parts.networkMode ?? 'awsvpc'}"
${parts.taskExtra ?? '  requires_compatibilities = ["FARGATE"]\n  cpu    = "256"\n  memory = "512"'}
  container_definitions = jsonencode([
    {
      name         = "web"
      image        = "nginx"
      portMappings = [${parts.portMappings ?? '{ containerPort = 8080 }'}]
    }
  ])
}

resource "aws_ecs_service" "web" {
  name            = "web"
  cluster         = "main"
  task_definition = ${parts.taskRef ?? 'aws_ecs_task_definition.app.arn'}
${parts.service ?? TF_FARGATE_SERVICE}
}

resource "aws_lb_target_group" "web" {
  name     = "web"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-1"
${parts.targetGroup ?? '  target_type = "ip"'}
}
`;
}
