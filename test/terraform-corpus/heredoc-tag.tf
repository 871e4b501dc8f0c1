resource "aws_ecs_task_definition" "first" {
  family                   = "first-task"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  memory                   = 512
  cpu                      = 256
  execution_role_arn       = aws_iam_role.exec.arn
  container_definitions    = <<DEFINITION
[
  {
    "name": "first-task",
    "image": "${aws_ecr_repository.repo.repository_url}",
    "essential": true,
    "portMappings": [
      {
        "containerPort": 3000,
        "hostPort": 3000
      }
    ],
    "memory": 512,
    "cpu": 256,
    "logConfiguration": {
      "logDriver": "awslogs",
      "options": {
        "awslogs-group": "${aws_cloudwatch_log_group.app.name}",
        "awslogs-region": "${var.region}",
        "awslogs-stream-prefix": "app"
      }
    }
  }
]
DEFINITION
}
