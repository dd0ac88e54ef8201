/**
 * Contact details never leave the extractor. Press releases end with a media contact's direct line
 * and e-mail address, and board reports print an officer's: we keep the person's name and role, and
 * drop every phone number and e-mail address — from roles, and (as a final guard) from any quote,
 * finding or evidence that would otherwise carry one.
 */

export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** UK numbers: +44 or 0, then 9-10 more digits, spaced or hyphenated as people write them. */
export const PHONE = /(?:\+44\s?\(?0?\)?\s?|\b0)\d(?:[\s-]?\d){8,10}\b/;

export function containsContactDetails(s: string): boolean {
  return EMAIL.test(s) || PHONE.test(s);
}

/**
 * A role as printed next to contact details ("Head of Communications 07523 805224 / media@...") cut
 * before the first number, e-mail address, or "Tel:"/"Email:" label.
 */
export function stripContactDetails(role: string): string {
  const cut = /\s*(?:\b(?:tel|telephone|phone|mobile|mob|email|e-mail|fax)\b\s*:?|[\w.+-]+@|\+44|\b0\d{2,4}[\s-]?\d|\(\s*0\d)/i.exec(role);
  const kept = cut ? role.slice(0, cut.index) : role;
  // Drop the words that led into the number ("Press Officer, on 020 ...").
  let r = kept.replace(/([\s,;:/(–-]|\b(on|at|via|by|or|and|number|direct line)\b)+$/i, '').trim();
  // Keep a closing bracket only when it closes one opened inside the role.
  while (r.endsWith(')') && (r.match(/\(/g)?.length ?? 0) < (r.match(/\)/g)?.length ?? 0)) r = r.slice(0, -1).trim();
  return r;
}
