/**
 * The graph's node labels and relationship types: closed lists, so they are the only names ever
 * placed into Cypher text (every value is a parameter).
 */

export const NODE_LABELS = [
  'Region', 'PDU', 'Inspection', 'Recommendation', 'Finding', 'Theme', 'Policy',
  'Person', 'Organisation', 'Quote', 'Document', 'Commitment', 'Action', 'Conflict',
  // The inspection programme and standards an inspection was judged under (seeds/facts/frameworks.yaml).
  'Framework',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'IN_REGION', 'OF', 'FOLLOWS', 'RECOMMENDS', 'FOUND', 'ABOUT', 'UNDER', 'SAID', 'HELD',
  'REPORTS', 'MENTIONS', 'EVIDENCED_BY', 'PUBLISHED_BY', 'PART_OF', 'RESPONSIBLE_FOR',
  'MADE_BY', 'STATED_BY', 'TAKEN_BY', 'RESPONDS_TO', 'ADDRESSES',
  // Ingestion: a reported value that differs from the stored one, and a possibly duplicated inspection.
  'HAS_CONFLICT', 'POSSIBLE_DUPLICATE_OF',
  // A policy a later document names for a PDU's later work (not its earlier inspection).
  'AFFECTED_BY',
  // Recommendation lineage: a recommendation that says much the same as an earlier one (src/graph/derive/lineage.ts).
  'RECURS',
  // Who is to deliver a commitment (seeds/facts/commitments.yaml `owner`).
  'OWNED_BY',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
