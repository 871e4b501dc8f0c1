/** Lists in messages stay short however big the file: `web, api, … and 190 more`. */
export const MAX_LISTED = 10;

export function listText(items: string[], separator = ', ', max = MAX_LISTED): string {
  if (items.length <= max) return items.join(separator);
  return `${items.slice(0, max).join(separator)}${separator}… and ${(items.length - max).toLocaleString('en-US')} more`;
}
