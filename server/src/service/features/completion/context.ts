/** Builds the format-neutral CursorContext from what a front end found at the cursor (raw file keys). */
import type { AnalyzedDocument } from '../../model/document';
import { apiKey, spellKey } from '../../model/cloudformation';
import type { TaskLocation } from '../knowledge/task-path';
import type { CursorContext, Scalar } from './types';
import type { Path } from '../../model/nodes';

export interface RawCursor {
  kind: CursorContext['kind'];
  /** Keys as the file writes them. */
  presentKeys: string[];
  siblings: Map<string, Scalar>;
  presentItems: Scalar[];
}

/** What a format's cursor scan finds: the raw cursor, where it is, and how that format places new text. */
export interface FormatCursor<Edit> extends RawCursor {
  /** Keys as written and array indices, from the document root (to the array, for an item). */
  rawPath: Path;
  edit: Edit;
}

export function cursorContext(model: AnalyzedDocument, loc: TaskLocation, raw: RawCursor): CursorContext {
  const siblings = new Map<string, Scalar>();
  for (const [k, v] of raw.siblings) {
    const key = apiKey(k, model.keyStyle);
    if (key !== undefined) siblings.set(key, v); // a foreign spelling names no field
  }
  return {
    task: loc.task,
    path: loc.path,
    kind: raw.kind,
    presentKeys: new Set(raw.presentKeys.flatMap((k) => apiKey(k, model.keyStyle) ?? [])),
    siblings,
    presentItems: raw.presentItems,
    spell: (k: string) => spellKey(k, model.keyStyle),
    keyStyle: model.keyStyle,
  };
}
