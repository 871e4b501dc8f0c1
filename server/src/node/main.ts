/** Node entry of the language server: `ecs-taskdef-language-server --stdio` (also --node-ipc, --socket=N). */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { lifecycleOptions } from '../host/lifecycle';
import { startServer } from '../server';
import { readConfigCandidate } from './config-reader';
import { nodeFileHost } from './fs-host';
import { initNodeTerraform } from './terraform-wasm';
import { VERSION } from './version';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'Usage: ecs-taskdef-language-server [--stdio | --node-ipc | --socket=PORT]\n' +
      'Language server for Amazon ECS task definitions (JSON, CloudFormation YAML/JSON). Defaults to --stdio.\n',
  );
  process.exit(0);
}
if (args.includes('--version')) {
  process.stdout.write(`${VERSION}\n`);
  process.exit(0);
}
if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}

// The lifecycle guard answers requests sent before initialize, a second initialize and requests
// cancelled while queued, before any handler runs.
const connection = createConnection(ProposedFeatures.all, lifecycleOptions());
// Whatever a user types, the server stays up: log unexpected errors instead of dying.
process.on('uncaughtException', (err) => connection.console.error(`[ecs-taskdef] unexpected error: ${err?.stack ?? String(err)}`));
process.on('unhandledRejection', (err) => connection.console.error(`[ecs-taskdef] unhandled rejection: ${String(err)}`));
// The HCL parser loads before the first request is read, so .tf files are analysed from the start.
// Service files are checked against the task definition next to them: the server reads that folder.
void initNodeTerraform().finally(() =>
  startServer(connection, {
    readConfigFile: readConfigCandidate,
    ...nodeFileHost,
    version: VERSION,
  }),
);
