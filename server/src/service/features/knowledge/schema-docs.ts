/**
 * The task-definition schema (../../schema) as hover and completion read it: descriptions for every
 * field the hand-written text does not cover, the keys an object may have, enum values. Paths are
 * API paths from the task object (see task-path.ts). Every lookup is guarded: a schema problem
 * makes the feature fall back to nothing, never throw.
 */
import type { Path } from '../../model/nodes';
import {
  type JsonSchema,
  type KeyStyle,
  describe,
  isMapSchema,
  itemSchema,
  propertySchemas,
  requiredKeys,
  schemaForPath,
  spellKey,
  typeLabel,
} from '../../schema';

export interface EnumValueDoc {
  value: string;
  doc?: string;
}

export interface FieldDoc {
  description?: string;
  /** `string`, `integer`, `boolean`, `object`, `array`, `array of PortMapping`, … */
  type?: string;
  enumValues?: EnumValueDoc[];
  /** Markdown for a hover or a completion item. */
  markdown?: string;
}

export interface PropertyDoc extends FieldDoc {
  key: string;
  /** The key as the document spells it. */
  spelled: string;
  required: boolean;
}

/** Never lets a schema problem break a hover or a completion. */
export function safely<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

function toDoc(s: JsonSchema, key?: string): FieldDoc {
  return {
    description: s.description,
    type: s.type === 'array' || isMapSchema(s) ? (s.type === 'array' ? 'array' : 'object') : s.type,
    enumValues: s.enum?.map((value) => ({ value })),
    markdown: describe(s, key),
  };
}

/** Markdown for the field at `path` (its last segment is the key), when the schema describes it. */
export function schemaFieldMarkdown(path: Path, style: KeyStyle): string | undefined {
  return safely(() => {
    const key = path[path.length - 1];
    if (typeof key !== 'string') return undefined;
    const parent = schemaForPath(path.slice(0, -1));
    if (!parent || isMapSchema(parent)) return undefined;
    const s = schemaForPath(path);
    if (!s?.description) return undefined;
    return describe(s, spellKey(key, style, parent));
  });
}

/** The field at `path`, for value completion. */
export function schemaField(path: Path): FieldDoc | undefined {
  return safely(() => {
    const s = schemaForPath(path);
    const key = path[path.length - 1];
    return s ? toDoc(s, typeof key === 'string' ? key : undefined) : undefined;
  });
}

/** The item schema of the array at `path` (for arrays of enum strings such as requiresCompatibilities). */
export function schemaItem(path: Path): FieldDoc | undefined {
  return safely(() => {
    const s = schemaForPath(path);
    const item = s?.type === 'array' ? itemSchema(s) : undefined;
    return item ? toDoc(item) : undefined;
  });
}

/** The keys the object at `path` may have (none for maps and non-objects). */
export function schemaProperties(path: Path, style: KeyStyle): PropertyDoc[] {
  return (
    safely(() => {
      const s = schemaForPath(path);
      if (!s || s.type !== 'object' || isMapSchema(s)) return [];
      const required = new Set(requiredKeys(s));
      return Object.entries(propertySchemas(s)).map(([key, p]) => {
        const spelled = spellKey(key, style, s);
        return { key, spelled, required: required.has(key), ...toDoc(p, spelled), type: p.type ?? typeLabel(p) };
      });
    }) ?? []
  );
}
