import { Body, Controller, Get, Post, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import type { SessionUser } from '../common/auth/roles.js';
import { FormView } from '../common/forms/form-view.decorator.js';
import { validateForm } from '../common/forms/validate-form.js';
import { addFlash } from '../common/session/web-session.js';
import { ContactsService } from './contacts.service.js';
import { ContactFormDto } from './dto/contact-form.dto.js';
import type { Contact } from './entities/contact.entity.js';
import { IdParam } from '../common/params/id-param.decorator.js';

const BREADCRUMBS = [{ title: 'Verwaltung', url: '/verwaltung' }];
const LIST = { title: 'Ansprechpartner', url: '/verwaltung/ansprechpartner' };

/** Where a contact appears, as links for the list and the confirmation page. */
function placements(contact: Contact) {
  return [
    ...contact.pages.map((page) => ({
      label: `Seite „${page.title}“`,
      url: `/seiten/${page.slug}`,
    })),
    ...contact.fields.map((field) => ({
      label: `Handlungsfeld „${field.title}“`,
      url: `/kek/${field.slug}`,
    })),
    ...contact.events.map((event) => ({
      label: `Veranstaltung „${event.title}“`,
      url: `/veranstaltungen/${event.slug}`,
    })),
    ...contact.processes.map((process) => ({
      label: `Beteiligungsverfahren „${process.title}“`,
      url: `/beteiligung/${process.slug}`,
    })),
  ];
}

@Controller('verwaltung/ansprechpartner')
@RequireRoles('editor')
export class ContactsAdminController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  @Render('pages/admin/contacts')
  async list() {
    const contacts = await this.contacts.list();
    return {
      pageTitle: 'Ansprechpartner',
      breadcrumbs: BREADCRUMBS,
      contacts: contacts.map((contact) => ({ ...contact, placements: placements(contact) })),
    };
  }

  @Get('neu')
  @Render('pages/admin/contact-form')
  async createForm() {
    return {
      ...(await this.newFormModel()),
      values: { pageIds: [], fieldIds: [], eventIds: [], processIds: [] },
    };
  }

  @Post('neu')
  @FormView('pages/admin/contact-form')
  async create(
    @Body() body: Record<string, unknown>,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.newFormModel();
    const contact = await this.contacts.save(editor, await validateForm(ContactFormDto, body));
    addFlash(request, { kind: 'success', message: 'Der Ansprechpartner ist gespeichert.' });
    response.redirect(303, `${LIST.url}/${contact.id}`);
  }

  @Get(':id')
  @Render('pages/admin/contact-form')
  editForm(@IdParam('id') id: number) {
    return this.formModel(id);
  }

  @Post(':id')
  @FormView('pages/admin/contact-form')
  async update(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.formModel(id);
    await this.contacts.save(editor, await validateForm(ContactFormDto, body), id);
    addFlash(request, { kind: 'success', message: 'Der Ansprechpartner ist gespeichert.' });
    response.redirect(303, `${LIST.url}/${id}`);
  }

  @Get(':id/loeschen')
  @Render('pages/admin/contact-delete')
  async confirmDelete(@IdParam('id') id: number) {
    const contact = await this.contacts.find(id);
    return {
      pageTitle: 'Wirklich löschen?',
      breadcrumbs: [...BREADCRUMBS, LIST, { title: contact.name, url: `${LIST.url}/${id}` }],
      contact,
      placements: placements(contact),
    };
  }

  @Post(':id/loeschen')
  async delete(
    @IdParam('id') id: number,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const contact = await this.contacts.remove(editor, id);
    addFlash(request, {
      kind: 'success',
      message: `Der Ansprechpartner „${contact.name}“ ist gelöscht.`,
    });
    response.redirect(303, LIST.url);
  }

  private async newFormModel() {
    return {
      pageTitle: 'Neuer Ansprechpartner',
      breadcrumbs: [...BREADCRUMBS, LIST],
      action: `${LIST.url}/neu`,
      options: await this.contacts.placementOptions(),
    };
  }

  private async formModel(id: number) {
    const contact = await this.contacts.find(id);
    return {
      pageTitle: contact.name,
      breadcrumbs: [...BREADCRUMBS, LIST],
      action: `${LIST.url}/${id}`,
      contact: { ...contact, placements: placements(contact) },
      options: await this.contacts.placementOptions(contact),
      values: this.contacts.formValues(contact),
    };
  }
}
