import { describe, expect, it } from 'vitest';
import { containsContactDetails, EMAIL_MARKER, PHONE_MARKER, removeContactDetails } from './contacts.ts';
import { FAKE } from '../../test/support/contacts.ts';

describe('removeContactDetails', () => {
  it('replaces phone numbers and e-mail addresses with markers and counts them', () => {
    const text = `Contact Jo Bloggs, Head of Communications ${FAKE.mobile} / ${FAKE.email}\nTel: ${FAKE.cityLine}  Email: ${FAKE.govEmail}\n${FAKE.international0}`;
    const { text: out, removed } = removeContactDetails(text);
    expect(removed).toEqual({ phoneNumbers: 3, emailAddresses: 2 });
    expect(containsContactDetails(out)).toBe(false);
    expect(out).toContain(`Jo Bloggs, Head of Communications ${PHONE_MARKER} / ${EMAIL_MARKER}`);
  });

  it('leaves years, counts and percentages alone', () => {
    const text = 'In 2024, 11 PDUs and 64 per cent of 1,300 trainees; report 2023/24; case 0116.';
    expect(removeContactDetails(text)).toEqual({ text, removed: { phoneNumbers: 0, emailAddresses: 0 } });
  });

  it('is idempotent: a cleaned text is left as it is', () => {
    const once = removeContactDetails(`call ${FAKE.mobile}`).text;
    expect(removeContactDetails(once)).toEqual({ text: once, removed: { phoneNumbers: 0, emailAddresses: 0 } });
  });
});
