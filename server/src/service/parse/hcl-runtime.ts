/**
 * The HCL parser (tree-sitter compiled to WebAssembly, grammar from @tree-sitter-grammars/tree-sitter-hcl).
 * Loading WebAssembly is asynchronous, so each host (language server, CLI, tests, browser worker) calls
 * `initTerraform` once at start with the two wasm files (bytes, or a URL where fetching works); parsing is
 * synchronous afterwards. Until then, and if loading fails, Terraform files get nothing (never an error).
 */
import { Language, Parser, type Tree } from 'web-tree-sitter';

/** Where the host finds the wasm files: their bytes, or a URL/path the runtime can load itself. */
export interface TerraformWasm {
  /** web-tree-sitter's own runtime (`web-tree-sitter.wasm`). */
  runtime: Uint8Array | URL | string;
  /** The HCL grammar (`tree-sitter-hcl.wasm`). */
  grammar: Uint8Array | URL | string;
}

let parser: Parser | undefined;
let loading: Promise<boolean> | undefined;

/** Loads the parser once; resolves true when Terraform files can be analysed. Never rejects. */
export function initTerraform(wasm: TerraformWasm | (() => TerraformWasm | Promise<TerraformWasm>)): Promise<boolean> {
  if (!loading) loading = load(wasm);
  return loading;
}

async function load(source: TerraformWasm | (() => TerraformWasm | Promise<TerraformWasm>)): Promise<boolean> {
  try {
    const wasm = typeof source === 'function' ? await source() : source;
    const runtime = wasm.runtime;
    await Parser.init(runtime instanceof Uint8Array ? { wasmBinary: runtime } : { locateFile: () => String(runtime) });
    const language = await Language.load(wasm.grammar instanceof URL ? wasm.grammar.href : wasm.grammar);
    const p = new Parser();
    p.setLanguage(language);
    parser = p;
    return true;
  } catch (err) {
    if (typeof console !== 'undefined') console.error(`ecs-taskdef: the Terraform parser could not be loaded: ${String(err)}`);
    loading = undefined;
    return false;
  }
}

/** True once `initTerraform` has loaded the parser. */
export function terraformReady(): boolean {
  return parser !== undefined;
}

/** The syntax tree of `text`, or undefined before the parser is loaded. The caller deletes the tree. */
export function parseHclTree(text: string): Tree | undefined {
  if (!parser) return undefined;
  return parser.parse(text) ?? undefined;
}
