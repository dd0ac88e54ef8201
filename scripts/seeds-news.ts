/**
 * `npm run seeds:news`: write seeds/ingest/news/NAME.json, the quoted record of every news report in
 * the extraction corpus (test/fixtures/extraction/corpus.yaml, kind NEWS), from its full text kept as
 * a test input. Run it after the extractor changes; a unit test fails while a record is stale.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { repoPath } from '../src/model/repository.ts';
import { loadVocabulary } from '../src/sources/seed/vocabulary.ts';
import { quotedRecord } from '../src/sources/ingest/quoted.ts';

interface CorpusEntry { name: string; text: string; kind: string; set: string }

const corpus = parse(await readFile(repoPath('test/fixtures/extraction/corpus.yaml'), 'utf8')) as CorpusEntry[];
const news = corpus.filter((e) => e.kind === 'NEWS');
const vocabulary = await loadVocabulary();
const outDir = repoPath('seeds/ingest/news');
await mkdir(outDir, { recursive: true });
for (const f of await readdir(outDir)) if (f.endsWith('.json')) await rm(path.join(outDir, f));
for (const e of news) {
  const record = quotedRecord(await readFile(repoPath(e.text), 'utf8'), e.text, vocabulary);
  await writeFile(path.join(outDir, `${e.name}.json`), `${JSON.stringify(record, null, 2)}\n`);
}
process.stdout.write(`wrote ${news.length} quoted records to seeds/ingest/news/\n`);
