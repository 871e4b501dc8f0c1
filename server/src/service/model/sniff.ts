/**
 * A cheap look at the raw text: could this be a task definition at all? Files that cannot be
 * (package.json, workflows, any other JSON/YAML) are never parsed, and the extension does not even
 * start the server for them.
 */
export function mightBeTaskDefinition(text: string): boolean {
  return (
    /containerDefinitions|ContainerDefinitions|AWS::ECS::TaskDefinition|aws_ecs_task_definition/.test(text) ||
    (/^\s*\[/.test(text) && /"image"|"name"/.test(text))
  );
}
