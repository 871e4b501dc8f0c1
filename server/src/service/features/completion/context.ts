/** Builds the format-neutral CursorContext from what a front end found at the cursor (raw file keys). */
import type { AnalyzedDocument } from '../../model/document';
import { spellKey } from '../../model/cloudformation';
import { apiKey } from '../knowledge/task-path';
import type { TaskLocation } from '../knowledge/task-path';
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
  for (const [k, v] of raw.siblings) siblings.set(apiKey(model, k), v);
  return {
    task: loc.task,
    path: loc.path,
    kind: raw.kind,
    presentKeys: new Set(raw.presentKeys.map((k) => apiKey(model, k))),
    siblings,
    presentItems: raw.presentItems,
    spell: (k: string) => spellKey(k, model.keyStyle),
    keyStyle: model.keyStyle,
  };
}
