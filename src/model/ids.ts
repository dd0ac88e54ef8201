/**
 * Stable, human-readable ids (`pdu:leeds`, `inspection:leeds:2024-08`). They are derived from names
 * and dates rather than random, so the same fact loaded twice, from seeds or ingestion, lands on the
 * same node.
 */

/** "North and North East Lincolnshire" → "north-and-north-east-lincolnshire". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const ids = {
  region: (name: string) => `region:${slug(name)}`,
  pdu: (name: string) => `pdu:${slug(name)}`,
  inspection: (pduId: string, fieldworkFrom: string) => `inspection:${pduId.replace(/^pdu:/, '')}:${fieldworkFrom}`,
  recommendation: (inspectionId: string, n: number) => `recommendation:${inspectionId.replace(/^inspection:/, '')}:${n}`,
  finding: (inspectionId: string, n: number) => `finding:${inspectionId.replace(/^inspection:/, '')}:${n}`,
  person: (name: string) => `person:${slug(name)}`,
  organisation: (name: string) => `organisation:${slug(name)}`,
  policy: (code: string) => `policy:${slug(code)}`,
  theme: (key: string) => `theme:${slug(key)}`,
  document: (key: string) => `document:${slug(key)}`,
  quote: (documentId: string, n: number) => `quote:${documentId.replace(/^document:/, '')}:${n}`,
  commitment: (key: string) => `commitment:${slug(key)}`,
  action: (key: string) => `action:${slug(key)}`,
};
