import type { Contact } from './entities/contact.entity.js';
import { contactCard, telephoneNumber } from './contact-card.js';

describe('contact card', () => {
  it('keeps only digits and a leading plus for tel: links', () => {
    expect(telephoneNumber('+49 (3871) 722-0')).toBe('+4938717220');
    expect(telephoneNumber('03871 722-0')).toBe('038717220');
    expect(telephoneNumber('03871/722.0')).toBe('038717220');
  });

  it('splits the address into lines and drops empty ones', () => {
    const card = contactCard({
      id: 1,
      name: 'Regionalmanagement',
      function: null,
      department: 'Fachdienst Regionalmanagement',
      address: 'Putlitzer Straße 25\r\n\r\n  19370 Parchim  ',
      phone: null,
      email: null,
    } as Contact);
    expect(card.addressLines).toEqual(['Putlitzer Straße 25', '19370 Parchim']);
    expect(card.phoneHref).toBeNull();
  });
});
