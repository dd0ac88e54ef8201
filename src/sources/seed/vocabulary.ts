/**
 * The vocabulary (src/model/vocabulary.ts) as seeds/ states it: regions and their other names,
 * every PDU with its other names and region, policies with their aliases and patterns,
 * organisations, and publishers with their licences. The extractor and the ingest planner get it
 * from here, so what the world is called lives in data, not in code.
 */
import { slug } from '../../model/ids.ts';
import type { CitedDate, Knowledge, Vocabulary } from '../../model/vocabulary.ts';
import type { DateRules } from '../../model/dates.ts';
import { DEFAULT_SEEDS_DIR, readSeedFiles, type SeedFiles } from './read.ts';

export function vocabularyOf(seeds: SeedFiles): Vocabulary {
  const regions = seeds['facts/regions.yaml'].regions;
  // Region keys in pdus.yaml are the slugs of region names ("&" becomes "and").
  const regionName = new Map(regions.map((r) => [slug(r.name), r.name]));
  return {
    regions: regions.map((r) => ({ name: r.name, aliases: r.aliases })),
    pdus: seeds['facts/pdus.yaml'].map((p) => ({ name: p.name, aliases: p.aliases, region: p.region ? regionName.get(p.region) ?? null : null })),
    policies: seeds['facts/policies.yaml'].map((p) => ({
      code: p.code, name: p.name, aliases: p.aliases, patterns: p.patterns, pressure: p.pressure,
      inForceFrom: p.inForceFrom, inForceUntil: p.inForceUntil,
    })),
    organisations: seeds['facts/organisations.yaml'].map((o) => ({ name: o.name, aliases: o.aliases })),
    publishers: seeds['facts/publishers.yaml'].map((p) => ({ name: p.name, hosts: p.hosts, kind: p.kind, licence: p.licence })),
  };
}

/** The parameters of the date rules (seeds/facts/date-rules.yaml). */
export function dateRulesOf(seeds: SeedFiles): DateRules {
  return { fieldworkBeforePublicationMonths: seeds['facts/date-rules.yaml'].fieldworkBeforePublication.maxMonths };
}


const cache = new Map<string, Promise<Knowledge>>();

/** The knowledge of a seeds folder, read once per process. */
/** Cited publication dates of documents whose texts state none (seeds/facts/document-dates.yaml), by URL. */
export function documentDatesOf(seeds: SeedFiles): ReadonlyMap<string, CitedDate> {
  return new Map(seeds['facts/document-dates.yaml'].map((d) => [d.url, { publishedOn: d.publishedOn, of: d.of, source: d.source, quote: d.quote }]));
}

export function loadKnowledge(seedsDir: string = DEFAULT_SEEDS_DIR): Promise<Knowledge> {
  let k = cache.get(seedsDir);
  if (!k) cache.set(seedsDir, (k = readSeedFiles(seedsDir).then((s) => ({ vocabulary: vocabularyOf(s), dateRules: dateRulesOf(s), documentDates: documentDatesOf(s) }))));
  return k;
}

/** The vocabulary of a seeds folder, read once per process. */
export async function loadVocabulary(seedsDir: string = DEFAULT_SEEDS_DIR): Promise<Vocabulary> {
  return (await loadKnowledge(seedsDir)).vocabulary;
}
