import { describe, expect, it } from 'vitest';
import { containsContactDetails, stripContactDetails } from './privacy.ts';

describe('contact details', () => {
  it('recognises UK phone numbers and e-mail addresses as people write them', () => {
    for (const s of ['07523 805224', '0116 502 9130', '+44 20 7946 0958', '020-7946-0958', 'media@hmiprobation.gov.uk']) {
      expect(containsContactDetails(`call ${s} now`), s).toBe(true);
    }
    expect(containsContactDetails('38,590 people on probation in 2021')).toBe(false);
  });

  it('cuts a role before the contact details that follow it', () => {
    expect(stripContactDetails('Head of Communications 07523 805224 / media@hmiprobation.gov.uk')).toBe('Head of Communications');
    expect(stripContactDetails('Interim Head of LLR PDU Tel: 0116 502 9130 Email: x@y.gov.uk')).toBe('Interim Head of LLR PDU');
    expect(stripContactDetails('Press Officer, on 020 7946 0958')).toBe('Press Officer');
    expect(stripContactDetails('Vice Chamberlain (HM Household) (Whip, House of Commons)')).toBe('Vice Chamberlain (HM Household) (Whip, House of Commons)');
  });
});
