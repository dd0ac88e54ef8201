import { describe, expect, it } from 'vitest';
import { polarityOf } from './findings.ts';

describe('finding polarity', () => {
  it.each([
    ['Inspectors found not enough was being done to ensure police checks were sufficiently detailed.', 'CONCERN'],
    ['Strategic and operational partnership work was impressive, and practitioners were responsive.', 'STRENGTH'],
    ['Despite this, inspectors found that staff are committed and dedicated to their roles.', 'STRENGTH'],
    ['Staff were positive about the training, but this was not being reflected in the casework reviewed.', 'CONCERN'],
    ['While analysis of desistance factors was found to be sufficient, information was not always utilised.', 'CONCERN'],
    ['Mechanisms for sharing information were not effective in most cases.', 'CONCERN'],
    ['The effectiveness of the service was assessed in March.', null],
  ])('%s → %s', (text, polarity) => {
    expect(polarityOf(text)).toBe(polarity);
  });
});
