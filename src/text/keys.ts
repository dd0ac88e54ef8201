/**
 * Keys for comparing names and short texts: lower case, accents and punctuation removed, "&" as
 * "and", possessives dropped, spaces collapsed. Name resolution and the same-text rules use them.
 */

/** Lower case, accents and punctuation removed, "&" as "and", spaces collapsed. */
export function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[\u2018\u2019\u02bc']s\b/g, '') // possessive: "Kirklees’s"
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}
