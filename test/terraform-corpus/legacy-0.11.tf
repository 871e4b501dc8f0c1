# Terraform 0.11 style: everything interpolated, containers in a JSON file next to it.
resource "aws_ecs_task_definition" "jenkins" {
  family                = "jenkins"
  container_definitions = "${file("task-definitions/jenkins.json")}"
  task_role_arn         = "${aws_iam_role.jenkins.arn}"

  volume {
    name      = "jenkins-home"
    host_path = "/ecs/jenkins-home"
  }

  placement_constraints {
    type       = "memberOf"
    expression = "attribute:ecs.availability-zone in [us-west-2a, us-west-2b]"
  }
}
