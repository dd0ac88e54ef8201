/**
 * Contact details never enter the graph. Press releases end with a press officer's direct line and
 * e-mail address, board reports print an officer's; the project keeps people's names and public
 * roles only. Every text is cleaned when it is loaded (seeds and ingestion alike), before anything
 * is extracted from it or located in it, so every stored offset is an offset into the cleaned text.
 *
 * Each phone number and e-mail address is replaced by a visible marker, so a reader sees that
 * something was there. Only counts are reported, never the values.
 */

export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** UK numbers: +44 or 0, then 9 to 10 more digits, spaced or hyphenated as people write them. */
export const PHONE = /(?:\+44\s?\(?0?\)?\s?|\b0)\d(?:[\s-]?\d){8,10}\b/;

export const EMAIL_MARKER = '[e-mail address removed]';
export const PHONE_MARKER = '[phone number removed]';

export interface ContactsRemoved {
  phoneNumbers: number;
  emailAddresses: number;
}

export function containsContactDetails(s: string): boolean {
  return EMAIL.test(s) || PHONE.test(s);
}

/** The text with every e-mail address and phone number replaced by its marker, and how many of each. */
export function removeContactDetails(text: string): { text: string; removed: ContactsRemoved } {
  const removed: ContactsRemoved = { phoneNumbers: 0, emailAddresses: 0 };
  const out = text
    .replace(new RegExp(EMAIL.source, 'g'), () => {
      removed.emailAddresses++;
      return EMAIL_MARKER;
    })
    .replace(new RegExp(PHONE.source, 'g'), () => {
      removed.phoneNumbers++;
      return PHONE_MARKER;
    });
  return { text: out, removed };
}
