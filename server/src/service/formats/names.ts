/**
 * Which names mean which format: language ids, file extensions and the template extensions wrapped
 * around them. Pure data with no imports, so the extension client bundles it for almost nothing; the
 * core (formats/index.ts), the CLI's file search, the client's document selector and package.json's
 * activationEvents (test/unit/formats/format-table.test.ts) all read this one list.
 */

export type FormatId = 'json' | 'yaml' | 'terraform';

export interface FormatNames {
  id: FormatId;
  /** Editor language ids that mean this format (the language id wins over the file name). */
  languageIds: readonly string[];
  /** File extensions, lower case, without the dot. */
  extensions: readonly string[];
  /** Template extensions may wrap it (`task.json.tpl`): its parser masks template constructs. */
  templated: boolean;
}

export const FORMAT_NAMES: readonly FormatNames[] = [
  // `.json5` is not here: our JSON parser does not read JSON5, and AWS tools do not take it.
  { id: 'json', languageIds: ['json', 'jsonc', 'jinja-json'], extensions: ['json', 'jsonc'], templated: true },
  {
    id: 'yaml',
    languageIds: ['yaml', 'cloudformation', 'yaml-cloudformation', 'jinja-yaml', 'helm'],
    extensions: ['yaml', 'yml'],
    templated: true,
  },
  // HCL has its own `${}` templates and the HCL parser masks nothing: `main.tf.tpl` is not Terraform.
  { id: 'terraform', languageIds: ['terraform', 'hcl'], extensions: ['tf'], templated: false },
];

export interface TemplateExtension {
  /** Lower case, without the dot. */
  extension: string;
  /**
   * True: files with it are searched by the CLI and served by the extension (their format comes from
   * the inner name, `task.json.tpl`, or from the content, `task.tpl`). False: it is only stripped
   * when reading the inner name of a file the user names (`lint task.json.in`).
   */
  served: boolean;
}

/** Template and wrapper extensions: they say nothing about the format inside. */
export const TEMPLATE_EXTENSIONS: readonly TemplateExtension[] = [
  { extension: 'tpl', served: true }, // Terraform templatefile, Helm
  { extension: 'tftpl', served: true }, // Terraform's recommended templatefile extension
  { extension: 'tmpl', served: true }, // Go text/template
  { extension: 'gotmpl', served: true }, // helmfile, Go templates
  { extension: 'j2', served: true }, // Jinja (Ansible)
  { extension: 'jinja', served: true },
  { extension: 'jinja2', served: true },
  { extension: 'template', served: true }, // CloudFormation's `stack.template`, envsubst
  // Generic: `README.txt`, `requirements.txt`, `Makefile.in`, `setup.cfg.in` are far more common than
  // task definitions. Searching or serving every such file would read (and start the server for) text
  // that is never ours; `task.json.in` (autoconf, CMake configure_file) is still read as JSON when named.
  { extension: 'txt', served: false },
  { extension: 'in', served: false },
];

/** Language ids the extension serves (and is activated by), in table order. */
export const LANGUAGE_IDS: readonly string[] = FORMAT_NAMES.flatMap((f) => f.languageIds);

/**
 * Template files, and `.tf` files without an HCL extension installed, open as plain text: the extension
 * is activated for plain text too and serves those documents by file name (CANDIDATE_GLOB).
 */
export const PLAIN_TEXT_LANGUAGE = 'plaintext';

/** package.json `activationEvents`, as the table needs them. */
export const ACTIVATION_EVENTS: readonly string[] = [...LANGUAGE_IDS, PLAIN_TEXT_LANGUAGE].map((id) => `onLanguage:${id}`);

/** Extensions of the files worth opening: every format's own and the served template extensions. */
export const CANDIDATE_EXTENSIONS: readonly string[] = [
  ...FORMAT_NAMES.flatMap((f) => f.extensions),
  ...TEMPLATE_EXTENSIONS.filter((t) => t.served).map((t) => t.extension),
];

/** A file name (or path) with a candidate extension: the CLI's directory search and the client's test. */
export const CANDIDATE_FILE = new RegExp(`\\.(?:${CANDIDATE_EXTENSIONS.join('|')})$`, 'i');

/** The same files as a glob, for the client's document selector. */
export const CANDIDATE_GLOB = `**/*.{${CANDIDATE_EXTENSIONS.join(',')}}`;

const lastExtension = (name: string) => {
  const dot = name.lastIndexOf('.');
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  return dot > slash + 1 ? name.slice(dot + 1).toLowerCase() : undefined;
};
const TEMPLATE_SET = new Set(TEMPLATE_EXTENSIONS.map((t) => t.extension));

export interface NameFormat {
  /** The format the name says, if any. */
  format?: FormatId;
  /** True when template extensions were stripped to read it (`task.json.tpl`, `task.tpl`). */
  templated: boolean;
}

/**
 * The format a file name or URI says: its extension, read inside template extensions
 * (`stack.yaml.j2` is YAML). `task.tpl` says nothing (templated, no format).
 */
export function formatOfName(uri: string): NameFormat {
  let name = uri.replace(/[?#].*$/, '');
  let templated = false;
  for (let ext = lastExtension(name); ext !== undefined && TEMPLATE_SET.has(ext); ext = lastExtension(name)) {
    name = name.slice(0, name.length - ext.length - 1);
    templated = true;
  }
  const ext = lastExtension(name);
  const format = FORMAT_NAMES.find((f) => ext !== undefined && f.extensions.includes(ext) && (f.templated || !templated));
  return { format: format?.id, templated };
}

/** The format a language id names, if any. */
export function formatOfLanguage(languageId: string | undefined): FormatId | undefined {
  return languageId === undefined ? undefined : FORMAT_NAMES.find((f) => f.languageIds.includes(languageId))?.id;
}
