import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditLogService } from '../common/audit/audit-log.service.js';
import type { SessionUser } from '../common/auth/roles.js';
import { DomainError } from '../common/errors/domain.error.js';
import { FormValidationError } from '../common/forms/form-validation.error.js';
import { formatDate } from '../common/views/berlin-time.js';
import { ConceptService } from '../concept/concept.service.js';
import type { Event } from '../events/entities/event.entity.js';
import { EventsService } from '../events/events.service.js';
import { ProcessesService } from '../participation/processes.service.js';
import { type ContactCard, contactCard } from './contact-card.js';
import type { ContactFormDto } from './dto/contact-form.dto.js';
import { Contact } from './entities/contact.entity.js';
import { StaticPagesService } from './static-pages.service.js';

export interface ContactOption {
  value: number;
  label: string;
}

/** Where a contact can appear: the choices of the contact form. */
export interface ContactPlacementOptions {
  pages: ContactOption[];
  fields: ContactOption[];
  events: ContactOption[];
  processes: ContactOption[];
}

/** Events that ended within this many days are offered besides the upcoming ones. */
const RECENT_EVENT_DAYS = 365;
const DAY = 24 * 60 * 60 * 1000;

const EVENT_STATUS_NOTES: Record<Event['status'], string> = {
  draft: ' – Entwurf',
  published: '',
  cancelled: ' – abgesagt',
};

/** Ticked ids that were not offered: a stale or tampered form. */
const UNKNOWN_CHOICE = {
  pageIds: 'Diese Seite gibt es nicht.',
  fieldIds: 'Dieses Handlungsfeld gibt es nicht.',
  eventIds: 'Diese Veranstaltung steht nicht zur Auswahl.',
  processIds: 'Dieses Beteiligungsverfahren gibt es nicht.',
} as const;

/** The contacts ("Ansprechpartner") and where they appear. */
@Injectable()
export class ContactsService {
  constructor(
    @InjectRepository(Contact) private readonly contacts: Repository<Contact>,
    private readonly pages: StaticPagesService,
    private readonly concept: ConceptService,
    private readonly events: EventsService,
    private readonly processes: ProcessesService,
    private readonly audit: AuditLogService,
  ) {}

  list(): Promise<Contact[]> {
    return this.contacts.find({
      relations: { pages: true, fields: true, events: true, processes: true },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  async find(id: number): Promise<Contact> {
    const contact = await this.contacts.findOne({
      where: { id },
      relations: { pages: true, fields: true, events: true, processes: true },
      order: {
        pages: { title: 'ASC' },
        fields: { position: 'ASC' },
        events: { startsAt: 'DESC' },
        processes: { startsAt: 'DESC' },
      },
    });
    if (!contact) {
      throw new DomainError('contact_not_found', 404, 'Diesen Ansprechpartner gibt es nicht.');
    }
    return contact;
  }

  /**
   * Pages, fields, upcoming and recent events (newest first) and every participation process,
   * plus whatever `contact` is on.
   */
  async placementOptions(contact?: Contact): Promise<ContactPlacementOptions> {
    const [pages, fields, recent, processes] = await Promise.all([
      this.pages.list(),
      this.concept.findStructure(),
      this.events.listEndingSince(new Date(Date.now() - RECENT_EVENT_DAYS * DAY)),
      this.processes.list(),
    ]);
    const offered = new Set(recent.map((event) => event.id));
    const events = [
      ...recent,
      ...(contact?.events ?? []).filter((event) => !offered.has(event.id)),
    ].sort((left, right) => right.startsAt.getTime() - left.startsAt.getTime());
    return {
      pages: pages
        .map((page) => ({ value: page.id, label: page.title }))
        .sort((left, right) => left.label.localeCompare(right.label, 'de')),
      fields: fields.map((field) => ({
        value: field.id,
        label: `Handlungsfeld ${field.numeral}: ${field.title}`,
      })),
      events: events.map((event) => ({
        value: event.id,
        label: `${event.title} (${formatDate(event.startsAt)}${EVENT_STATUS_NOTES[event.status]})`,
      })),
      processes: processes.map((process) => ({
        value: process.id,
        label: `${process.title} (${formatDate(process.startsAt)} bis ${formatDate(process.endsAt)})`,
      })),
    };
  }

  formValues(contact: Contact) {
    return {
      ...contact,
      pageIds: contact.pages.map((page) => page.id),
      fieldIds: contact.fields.map((field) => field.id),
      eventIds: contact.events.map((event) => event.id),
      processIds: contact.processes.map((process) => process.id),
    };
  }

  async save(editor: SessionUser, form: ContactFormDto, id?: number): Promise<Contact> {
    const existing = id ? await this.find(id) : undefined;
    const options = await this.placementOptions(existing);
    const chosen = (field: keyof typeof UNKNOWN_CHOICE, offered: ContactOption[]) => {
      const known = new Set(offered.map((option) => option.value));
      if (form[field].some((value) => !known.has(value)))
        throw new FormValidationError({ [field]: UNKNOWN_CHOICE[field] });
      return [...new Set(form[field])].map((value) => ({ id: value }));
    };
    const values = {
      name: form.name,
      function: form.function ?? null,
      department: form.department ?? null,
      address: form.address ?? null,
      phone: form.phone ?? null,
      email: form.email ?? null,
      pages: chosen('pageIds', options.pages),
      fields: chosen('fieldIds', options.fields),
      events: chosen('eventIds', options.events),
      processes: chosen('processIds', options.processes),
    };
    return this.contacts.manager.transaction(async (manager) => {
      const contact = await manager.save(
        existing ? Object.assign(existing, values) : manager.create(Contact, values),
      );
      await this.audit.record(
        editor,
        {
          action: existing ? 'contact.updated' : 'contact.created',
          summary: existing ? 'Ansprechpartner geändert' : 'Ansprechpartner angelegt',
          subjectType: 'contact',
          subjectId: String(contact.id),
          subjectLabel: contact.name,
        },
        manager,
      );
      return contact;
    });
  }

  async remove(editor: SessionUser, id: number): Promise<Contact> {
    const contact = await this.find(id);
    await this.contacts.manager.transaction(async (manager) => {
      await manager.delete(Contact, { id });
      await this.audit.record(
        editor,
        {
          action: 'contact.deleted',
          summary: 'Ansprechpartner gelöscht',
          subjectType: 'contact',
          subjectId: String(id),
          subjectLabel: contact.name,
        },
        manager,
      );
    });
    return contact;
  }

  contactsForPage(pageId: number): Promise<ContactCard[]> {
    return this.cardsOn('pages', pageId);
  }

  contactsForField(fieldId: number): Promise<ContactCard[]> {
    return this.cardsOn('fields', fieldId);
  }

  contactsForEvent(eventId: number): Promise<ContactCard[]> {
    return this.cardsOn('events', eventId);
  }

  contactsForProcess(processId: number): Promise<ContactCard[]> {
    return this.cardsOn('processes', processId);
  }

  private async cardsOn(
    relation: 'pages' | 'fields' | 'events' | 'processes',
    subjectId: number,
  ): Promise<ContactCard[]> {
    const contacts = await this.contacts
      .createQueryBuilder('contact')
      .innerJoin(`contact.${relation}`, 'subject', 'subject.id = :subjectId', { subjectId })
      .orderBy('contact.name')
      .addOrderBy('contact.id')
      .getMany();
    return contacts.map(contactCard);
  }
}
