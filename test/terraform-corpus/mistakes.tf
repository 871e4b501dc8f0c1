# Two resources, with the mistakes people make when moving from bridge to awsvpc.
resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "1024"

  container_definitions = jsonencode([
    {
      name      = "api"
      image     = "example/api:1.0"
      essential = true
      hostname  = "api" # left over from bridge mode
      portMappings = [
        { containerPort = 8080, hostPort = 80 },
      ]
    }
  ])
}

resource "aws_ecs_task_definition" "batch" {
  family       = "batch"
  network_mode = "bridge"

  container_definitions = jsonencode([
    {
      name      = "batch"
      image     = "example/batch:1.0"
      essential = true
      memory    = 128
      portMappings = [
        { containerPort = 9000, hostPort = 51678 },
        { containerPort = 9001, protocol = "TCP" },
      ]
    }
  ])
}
