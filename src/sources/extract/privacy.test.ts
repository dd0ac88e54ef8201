import { describe, expect, it } from 'vitest';
import { FAKE } from '../../../test/support/contacts.ts';
import { stripContactDetails } from './privacy.ts';
import { containsContactDetails } from '../../text/contacts.ts';

describe('contact details', () => {
  it('recognises UK phone numbers and e-mail addresses as people write them', () => {
    for (const s of [FAKE.mobile, FAKE.cityLine, FAKE.international, FAKE.landlineHyphens, FAKE.email]) {
      expect(containsContactDetails(`call ${s} now`), s).toBe(true);
    }
    expect(containsContactDetails('38,590 people on probation in 2021')).toBe(false);
  });

  it('cuts a role before the contact details that follow it', () => {
    expect(stripContactDetails(`Head of Communications ${FAKE.mobile} / ${FAKE.email}`)).toBe('Head of Communications');
    expect(stripContactDetails('Head of Communications [phone number removed] / [e-mail address removed]')).toBe('Head of Communications');
    expect(stripContactDetails(`Interim Head of LLR PDU Tel: ${FAKE.cityLine} Email: ${FAKE.govEmail}`)).toBe('Interim Head of LLR PDU');
    expect(stripContactDetails(`Press Officer, on ${FAKE.landline}`)).toBe('Press Officer');
    expect(stripContactDetails('Vice Chamberlain (HM Household) (Whip, House of Commons)')).toBe('Vice Chamberlain (HM Household) (Whip, House of Commons)');
  });
});
