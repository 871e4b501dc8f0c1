/** Keys and values from the JSON schema, for every place the hand-written providers do not cover. */
import type { KeyStyle } from '../../schema';
import type { Path } from '../../model/nodes';
import { type EnumValueDoc, type FieldDoc, schemaField, schemaItem, schemaProperties } from '../knowledge/schema-docs';
import { type SnippetValue, choice, stop, str } from './snippet';
import type { KeySuggestion, Scalar, ValueSuggestion } from './types';

/** The first sentence of a description, for the one-line detail. */
export function firstSentence(text: string | undefined): string {
  const line = (text ?? '').split('\n')[0];
  const m = /^(.*?[.!?])(\s|$)/.exec(line);
  const s = m ? m[1] : line;
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
}

function valueFor(info: FieldDoc): SnippetValue {
  if (info.enumValues?.length) return choice(info.enumValues.map((v) => v.value));
  switch (info.type) {
    case 'string':
      return str('', 1);
    case 'object':
      return { kind: 'object', entries: [], tab: 1 };
    case 'array':
      return { kind: 'array', items: [], tab: 1 };
    case 'boolean':
      return { kind: 'boolean', value: true, tab: 1 };
    default:
      return stop(1);
  }
}

export function schemaKeys(path: Path, style: KeyStyle, present: Set<string>, skip: Set<string>): KeySuggestion[] {
  return schemaProperties(path, style)
    .filter((p) => !present.has(p.key) && !skip.has(p.key))
    .map((p) => ({
      key: p.key,
      spelled: p.spelled,
      value: valueFor(p),
      detail: firstSentence(p.description),
      documentation: p.markdown,
      sortText: `${p.required ? '8' : '9'}${p.key}`,
    }));
}

function enumSuggestions(values: EnumValueDoc[], present: Scalar[] = []): ValueSuggestion[] {
  return values
    .filter((v) => !present.includes(v.value))
    .map((v, i) => ({ label: v.value, value: str(v.value), detail: v.doc ?? '', itemKind: 'enum', sortText: String(i).padStart(3, '0') }));
}

export function schemaValues(path: Path): ValueSuggestion[] {
  const info = schemaField(path);
  if (!info) return [];
  // The schema has no per-value text: the field's description goes in the item's documentation.
  if (info.enumValues?.length) return enumSuggestions(info.enumValues).map((s) => ({ ...s, documentation: info.markdown }));
  if (info.type === 'boolean') {
    return [true, false].map((b) => ({
      label: String(b),
      value: { kind: 'boolean', value: b },
      detail: firstSentence(info.description),
      itemKind: 'value',
    }));
  }
  return [];
}

export function schemaItems(path: Path, present: Scalar[]): ValueSuggestion[] {
  const info = schemaItem(path);
  return info?.enumValues?.length ? enumSuggestions(info.enumValues, present) : [];
}
