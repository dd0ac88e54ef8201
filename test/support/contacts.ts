/**
 * Fictional contact details for tests of their removal, built at run time so that the repository
 * never holds a phone number or an e-mail address, real or not: numbers from the ranges Ofcom
 * reserves for drama (never assigned), and addresses at domains reserved for examples (RFC 2606).
 */
const join = (...parts: string[]) => parts.join('');

export const FAKE = {
  mobile: [join('077', '00'), join('900', '123')].join(' '),
  landline: [join('0', '20'), join('79', '46'), join('09', '58')].join(' '),
  landlineHyphens: [join('0', '20'), join('79', '46'), join('09', '58')].join('-'),
  international: ['+' + '44', '20', join('79', '46'), join('09', '58')].join(' '),
  international0: ['+' + '44', '(0)20', join('79', '46'), '0000'].join(' '),
  cityLine: [join('01', '16'), join('49', '6'), join('00', '00')].join(' '),
  email: ['press', 'example.org'].join('@'),
  govEmail: ['a.b', 'example.gov.uk'].join('@'),
};
