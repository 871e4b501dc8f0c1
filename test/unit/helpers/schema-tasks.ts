/** Task fixtures shared by the schema-rule tests (invalid-type, unknown-property). */
export const task = (taskFields: string, container = '', mapping = '{ "containerPort": 80 }') => `{
  "family": "web",${taskFields}
  "containerDefinitions": [
    {
      "name": "web",
      "image": "nginx",${container}
      "portMappings": [${mapping}]
    }
  ]
}`;

export const cfn = (props: string, container = '') => `{
  "Resources": {
    "Task": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {${props}
        "ContainerDefinitions": [{ "Name": "web", "Image": "nginx"${container} }]
      }
    }
  }
}`;
