/**
 * The format-neutral side of completion: where the cursor is (in API terms) and what to offer.
 * A format front end (JSON, YAML, Terraform) finds the context; render.ts turns the suggestions
 * into items, with the format's ItemWriter for its quoting, separators and indentation.
 */
import type { Path } from '../../model/nodes';
import type { TaskDefinitionModel } from '../../model/taskdef';
import type { SnippetValue } from './snippet';

export type Scalar = string | number | boolean | null;

export interface CursorContext {
  task: TaskDefinitionModel;
  /**
   * API path from the task object: of the object whose keys are being typed (`key`), of the
   * property whose value is being typed (`value`), or of the array getting a new item (`item`).
   */
  path: Path;
  kind: 'key' | 'value' | 'item';
  /** Keys (API spelling) already in the object, except the one being typed. */
  presentKeys: Set<string>;
  /** Scalar values already written in that object, by API key. */
  siblings: Map<string, Scalar>;
  /** Scalar items already in the array (`item`), except the one being typed. */
  presentItems: Scalar[];
  /** The key as the file spells it (`hostPort`, or `HostPort` in CloudFormation). */
  spell(apiKey: string): string;
  keyStyle: 'camel' | 'pascal';
}

export interface KeySuggestion {
  /** API spelling; the renderer spells it for the file. */
  key: string;
  /** The key as the file must spell it, when the suggestion knows better than `spell` (schema `x-cfnName`). */
  spelled?: string;
  value: SnippetValue;
  /** One line shown next to the item. */
  detail: string;
  /** Markdown. */
  documentation?: string;
  sortText?: string;
}

export interface ValueSuggestion {
  label: string;
  value: SnippetValue;
  detail: string;
  documentation?: string;
  /** `enum` for a fixed value, `value` for a computed one, `snippet` for a structure. */
  itemKind: 'enum' | 'value' | 'snippet';
  sortText?: string;
  preselect?: boolean;
}

export type Suggestions = { keys: KeySuggestion[]; values: ValueSuggestion[] };
