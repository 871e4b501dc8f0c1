/** Shared fixture for hover and completion tests. */
/** A register-task-definition JSON with one container `web` and the given mappings. */
export function task(mappings: string, opts: { mode?: string; extra?: string } = {}): string {
  const mode = opts.mode === undefined ? '' : `\n  "networkMode": ${opts.mode.startsWith('$') ? opts.mode : `"${opts.mode}"`},`;
  return `{
  "family": "web",${mode}${opts.extra ?? ''}
  "containerDefinitions": [
    {
      "name": "web",
      "image": "nginx",
      "portMappings": [
        ${mappings}
      ]
    }
  ]
}`;
}
