import { describe, expect, it } from 'vitest';
import { prepare } from './clean.ts';
import { findPeople } from './people.ts';
import { attributeQuotes, reportableQuotes } from './quotes.ts';
import { paragraphs, sentences } from './sentences.ts';

function quotes(text: string): Array<[string | null, string]> {
  const p = prepare(text);
  const paras = paragraphs(p.norm);
  const found = attributeQuotes(p, paras, sentences(p.norm, paras), findPeople(p.norm));
  return reportableQuotes(found, p.norm).map((q) => [q.speaker, p.norm.slice(q.start, q.end)]);
}

describe('quotes', () => {
  it('attributes a quote to the person introduced before it, and "Mr Jones" to Martin Jones', () => {
    const text =
      'Martin Jones, Chief Inspector of Probation, said: \u201cThe service still remains fragile.\u201d\nInspectors found gaps.\nMr Jones continued: \u201cWith a focus on learning, Leeds can improve.\u201d';
    expect(quotes(text)).toEqual([
      ['Martin Jones', 'The service still remains fragile.'],
      ['Martin Jones', 'With a focus on learning, Leeds can improve.'],
    ]);
  });

  it('continues a multi-paragraph quote and a quote introduced by a colon on the line before', () => {
    const text =
      'Chief Inspector of Probation Justin Russell did not mince his words:\n\u201cThese reports conclude a disappointing period.\n\u201cThe Probation Service must look at these six reports.\u201d';
    expect(quotes(text)).toEqual([
      ['Justin Russell', 'These reports conclude a disappointing period.'],
      ['Justin Russell', 'The Probation Service must look at these six reports.'],
    ]);
  });

  it('resolves "he said" after the quote to the last person named', () => {
    const text = 'Chief Inspector of Probation Justin Russell said the service is stretched.\n"While leadership at Tameside PDU is strong, staff are few," he said.';
    expect(quotes(text)).toEqual([['Justin Russell', 'While leadership at Tameside PDU is strong, staff are few,']]);
  });

  it('drops headline scare quotes with no speaker and one-word fragments', () => {
    expect(quotes('\u201cStrong foundation\u201d at North Wales PDU\nMartin Jones said it was "disappointing" overall.')).toEqual([]);
  });
});
