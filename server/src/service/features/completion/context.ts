/** Builds the format-neutral CursorContext from what a front end found at the cursor (raw file keys). */
import type { AnalyzedDocument } from '../../model/document';
import { apiKey, spellKey } from '../../model/cloudformation';
import type { TaskLocation } from '../hover/task-path';
import type { CursorContext, Scalar } from './types';

export interface RawCursor {
  kind: CursorContext['kind'];
  /** Keys as the file writes them. */
  presentKeys: string[];
  siblings: Map<string, Scalar>;
  presentItems: Scalar[];
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
