// The web worker server is built without the HCL parser (web-tree-sitter and its wasm add ~150 KB and
// Node-only branches): there, as before initTerraform in any host, Terraform files get nothing.
const unavailable = () => {
  throw new Error('The Terraform parser is not part of the browser build.');
};
export class Parser {
  static init() {
    return unavailable();
  }
}
export class Language {
  static load() {
    return unavailable();
  }
}
