/** Task definitions the package tests check from outside: one with an error, on line 6. */
export const BAD_TASK = `{
  "family": "web",
  "networkMode": "awsvpc",
  "memory": "512",
  "containerDefinitions": [
    { "name": "web", "image": "nginx", "portMappings": [{ "containerPort": 8080, "hostPort": 80 }] }
  ]
}
`;
