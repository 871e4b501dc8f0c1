/**
 * Where the Node hosts (language server, CLI, tests) find the two WebAssembly files of the HCL parser:
 * next to the bundle (esbuild copies them into dist/), else in node_modules (unbundled tests).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type TerraformWasm, initTerraform } from '../service/parse/hcl-runtime';

const FILES = {
  runtime: ['web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm'],
  grammar: ['tree-sitter-hcl.wasm', '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'],
} as const;

function find([bundled, packaged]: readonly [string, string]): string {
  const beside = join(__dirname, bundled);
  if (existsSync(beside)) return beside;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', packaged);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`${bundled} not found next to ${__dirname} or in node_modules`);
  }
}

export function nodeTerraformWasm(): TerraformWasm {
  return { runtime: readFileSync(find(FILES.runtime)), grammar: readFileSync(find(FILES.grammar)) };
}

/** Loads the HCL parser for a Node host; resolves false (Terraform files then get nothing) if it cannot. */
export function initNodeTerraform(): Promise<boolean> {
  return initTerraform(nodeTerraformWasm);
}
