/**
 * Checks the parts of a request's params the server reads, so a malformed request gets
 * InvalidParams (-32602) naming what is missing instead of an internal error from a TypeError.
 */
import { ErrorCodes, type Position, type Range, ResponseError } from 'vscode-languageserver';

function invalid(method: string, what: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `${method}: ${what}`);
}

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

function isPosition(x: unknown): x is Position {
  return isObject(x) && isCount(x.line) && isCount(x.character);
}

export function isRange(x: unknown): x is Range {
  return isObject(x) && isPosition(x.start) && isPosition(x.end);
}

/** `params.textDocument.uri`, or throws InvalidParams. */
export function documentUri(method: string, params: unknown): string {
  if (!isObject(params)) throw invalid(method, 'params must be an object.');
  const td = params.textDocument;
  if (!isObject(td) || typeof td.uri !== 'string') throw invalid(method, 'params.textDocument.uri (a string) is missing.');
  return td.uri;
}

export function requirePosition(method: string, params: unknown): Position {
  const p = (params as Record<string, unknown>).position;
  if (!isPosition(p)) throw invalid(method, 'params.position must be { line, character } with whole numbers ≥ 0.');
  return p;
}

export function requireRange(method: string, params: unknown): Range {
  const r = (params as Record<string, unknown>).range;
  if (!isRange(r)) throw invalid(method, 'params.range must be { start, end } positions.');
  return r;
}

/** `params.context` of a code action request: diagnostics (an array) and an optional `only` list. */
export function requireCodeActionContext(method: string, params: unknown): { diagnostics: unknown[]; only?: string[] } {
  const c = (params as Record<string, unknown>).context;
  if (!isObject(c) || !Array.isArray(c.diagnostics)) throw invalid(method, 'params.context with a diagnostics array is missing.');
  if (c.only !== undefined && !(Array.isArray(c.only) && c.only.every((k) => typeof k === 'string'))) {
    throw invalid(method, 'params.context.only must be an array of code action kinds.');
  }
  return { diagnostics: c.diagnostics, only: c.only as string[] | undefined };
}
