locals {
  base = {
    essential = true
    logConfiguration = {
      logDriver = "awslogs"
      options   = { "awslogs-group" = "/ecs/app", "awslogs-region" = var.region, "awslogs-stream-prefix" = "app" }
    }
  }
}

resource "aws_ecs_task_definition" "app" {
  for_each                 = var.services
  family                   = each.key
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = each.value.cpu
  memory                   = each.value.memory
  execution_role_arn       = aws_iam_role.exec.arn

  container_definitions = jsonencode([
    merge(local.base, {
      name         = each.key
      image        = "${var.registry}/${each.key}:${var.tag}"
      portMappings = [{ containerPort = each.value.port, protocol = "tcp" }]
      environment  = [for k, v in each.value.env : { name = k, value = v }]
    }),
    {
      name      = "xray"
      image     = "amazon/aws-xray-daemon"
      essential = false
      portMappings = [
        { containerPort = 2000, protocol = "udp" }
      ]
    },
  ])

  dynamic "volume" {
    for_each = each.value.efs == null ? [] : [each.value.efs]
    content {
      name = "data"
      efs_volume_configuration {
        file_system_id     = volume.value
        transit_encryption = "ENABLED"
      }
    }
  }
}
