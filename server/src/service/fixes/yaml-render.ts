/** Writes values as YAML text for in-place edits: scalars keep a given quote style when they can. */
import { type Scalar, stringify } from 'yaml';

/** Plain scalars that YAML 1.1 or 1.2 would read as something other than a string. */
const RESERVED =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]*)(?:[eE][-+]?[0-9]+)?|[-+.]|0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[0-9]+(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|\d{4}-\d\d?-\d\d?.*)$/;

/** True when `v` can be written as a plain (unquoted) scalar and read back as the same string. */
export function plainSafe(v: string, inFlow: boolean): boolean {
  if (v === '' || v !== v.trim() || /[\n\r\t]/.test(v)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(v)) return false;
  if (/: |:$| #/.test(v)) return false;
  if (inFlow && /[,[\]{}]/.test(v)) return false;
  return !RESERVED.test(v);
}

/** A scalar as YAML text; a string keeps `like`'s quote style (plain when it stays a string). */
export function renderScalar(value: unknown, like: Scalar | undefined, inFlow: boolean): string {
  if (typeof value === 'string') {
    if (like?.type === 'QUOTE_SINGLE' && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
    if (like?.type === 'QUOTE_DOUBLE') return JSON.stringify(value);
    return plainSafe(value, inFlow) ? value : JSON.stringify(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  return renderFlow(value);
}

/** A value in flow style (`{ ContainerPort: 80 }`, `[a, b]`), for flow collections and fallbacks. */
export function renderFlow(value: unknown): string {
  if (value === null || typeof value !== 'object') return renderScalar(value, undefined, true);
  return stringify(value, { collectionStyle: 'flow', lineWidth: 0, minContentWidth: 0 }).trimEnd();
}

/** A non-empty collection in block style, every line indented by `indent` spaces. */
export function renderBlock(value: unknown, indent: number, step: number, eol: string): string {
  const out = stringify(value, { indent: step, lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '');
  const pad = ' '.repeat(indent);
  return out
    .split('\n')
    .map((l) => pad + l)
    .join(eol);
}
