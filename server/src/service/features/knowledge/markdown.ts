/** Small markdown helpers for hover and completion documentation. */

export const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;

/** Markdown paragraphs joined by blank lines; empty ones dropped. */
export function paragraphs(...parts: (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('\n\n');
}

/** A `> quote` block (each line quoted). */
export function quote(text: string): string {
  return text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
}
