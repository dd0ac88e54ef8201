/**
 * Contact details never leave the extractor. Press releases end with a media contact's direct line
 * and e-mail address, and board reports print an officer's: we keep the person's name and role, and
 * drop every phone number and e-mail address — from roles, and (as a final guard) from any quote,
 * finding or evidence that would otherwise carry one.
 */

// The patterns themselves live in src/text/contacts.ts, which every loader uses to remove contact
// details from a text before anything is read from it; this module keeps roles clean of them.

/**
 * A role as printed next to contact details ("Head of Communications, then a number and an address") cut
 * before the first number, e-mail address, or "Tel:"/"Email:" label.
 */
export function stripContactDetails(role: string): string {
  const cut = /\s*(?:\b(?:tel|telephone|phone|mobile|mob|email|e-mail|fax)\b\s*:?|\[(?:phone number|e-mail address) removed\]|[\w.+-]+@|\+44|\b0\d{2,4}[\s-]?\d|\(\s*0\d)/i.exec(role);
  const kept = cut ? role.slice(0, cut.index) : role;
  // Drop the words that led into the number ("Press Officer, on 020 ...").
  let r = kept.replace(/([\s,;:/(–-]|\b(on|at|via|by|or|and|number|direct line)\b)+$/i, '').trim();
  // Keep a closing bracket only when it closes one opened inside the role.
  while (r.endsWith(')') && (r.match(/\(/g)?.length ?? 0) < (r.match(/\)/g)?.length ?? 0)) r = r.slice(0, -1).trim();
  return r;
}
