import { ruleTester } from '../helpers/rule-tester';
import { fields, inline, taskJson, WEB } from '../helpers/task-json';

const td = (mapping: string, mode = 'awsvpc') =>
  taskJson({ top: fields(`"networkMode": "${mode}"`), containers: [inline(...WEB, `"portMappings": [${mapping}]`)] });

ruleTester('invalid-container-port-range', {
  valid: [
    { name: 'a normal range', text: td('{ "containerPortRange": "8000-8010" }') },
    { name: 'full range bounds', text: td('{ "containerPortRange": "1-65535" }') },
    { name: 'no range at all', text: td('{ "containerPort": 80 }') },
    { name: 'placeholder range', text: td('{ "containerPortRange": "${FROM}-${TO}" }') },
    { name: 'bare placeholder', text: td('{ "containerPortRange": {{ .Range }} }') },
    { name: "wrong type is invalid-type's job", text: td('{ "containerPortRange": 8000 }') },
    { name: 'null', text: td('{ "containerPortRange": null }') },
    { name: 'not a task definition', text: '{ "portMappings": [{ "containerPortRange": "9-1" }] }' },
  ],
  invalid: [
    {
      name: 'a single port',
      text: td('{ "containerPortRange": ⟦"8000"⟧ }'),
      problems: [{ message: 'containerPortRange "8000" is not of the form "first-last"' }],
      fixTitles: [],
    },
    {
      name: 'colon separator',
      text: td('{ "containerPortRange": ⟦"8000:8010"⟧ }'),
      problems: [{ message: 'is not of the form "first-last"' }],
    },
    {
      name: 'empty string',
      text: td('{ "containerPortRange": ⟦""⟧ }'),
      problems: [{ message: 'containerPortRange "" is not of the form' }],
    },
    {
      name: 'port 0 and above 65535',
      text: td('{ "containerPortRange": ⟦"0-70000"⟧ }, { "containerPortRange": ⟦"65000-65536"⟧ }'),
      problems: [{ message: 'has ports outside 1–65535 (0, 70000)' }, { message: 'has a port outside 1–65535 (65536)' }],
    },
    {
      name: 'first equals last',
      text: td('{ "containerPortRange": ⟦"8080-8080"⟧ }', 'bridge'),
      problems: [{ message: 'starts and ends at 8080: the first port must be less than the last' }],
    },
    {
      name: 'backwards',
      text: td('{ "containerPortRange": ⟦"9000-8000"⟧ }'),
      problems: [{ message: 'runs backwards (9000 > 8000)' }],
    },
    {
      name: 'CloudFormation spelling',
      text: `{"Resources": {"T": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"NetworkMode": "awsvpc", "ContainerDefinitions": [{"Name": "a", "Image": "b", "PortMappings": [{"ContainerPortRange": ⟦"10-x"⟧}]}]}}}}`,
      problems: [{ message: 'ContainerPortRange "10-x" is not of the form' }],
    },
  ],
});
