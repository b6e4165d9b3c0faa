import type { Contact } from './entities/contact.entity.js';

/** What the public pages show of a contact (views/partials/contact-card.hbs). */
export interface ContactCard {
  name: string;
  function: string | null;
  department: string | null;
  addressLines: string[];
  phone: string | null;
  /** The number for a tel: link: digits and a leading "+" only. */
  phoneHref: string | null;
  email: string | null;
}

export function contactCard(contact: Contact): ContactCard {
  return {
    name: contact.name,
    function: contact.function,
    department: contact.department,
    addressLines: (contact.address ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    phone: contact.phone,
    phoneHref: contact.phone ? telephoneNumber(contact.phone) : null,
    email: contact.email,
  };
}

/** "+49 (3871) 722-0" → "+4938717220"; "03871 722-0" → "038717220". */
export function telephoneNumber(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return phone.trim().startsWith('+') ? `+${digits}` : digits;
}
