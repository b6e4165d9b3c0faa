import { Body, Controller, Get, Header, Post, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import type { SessionUser } from '../common/auth/roles.js';
import { FormView } from '../common/forms/form-view.decorator.js';
import { validateForm } from '../common/forms/validate-form.js';
import { addFlash } from '../common/session/web-session.js';
import { ConceptService } from '../concept/concept.service.js';
import { ProcessesService } from '../participation/processes.service.js';
import { DocumentUpload, UploadedDocument } from '../documents/document-upload.js';
import type { IncomingDocumentFile } from '../documents/document-validation.js';
import { DOCUMENT_KIND_LABELS, toDocumentView } from '../documents/document-view.js';
import { EventDocumentDto } from './dto/event-document.dto.js';
import { EventDocumentsService } from './event-documents.service.js';
import { CancelEventDto, DeclineDto, EventFormDto } from './dto/event-form.dto.js';
import { EVENT_FORMATS } from './event-formats.js';
import { EventsAdminService } from './events-admin.service.js';
import { registrationsCsv, registrationRows } from './registrations-list.js';
import { RegistrationsService } from './registrations.service.js';
import { CONFIRM_VIEW, type Confirmation } from '../common/forms/confirmation.js';
import { EventPagesService } from './event-pages.service.js';
import { sentMessageRows } from './sent-messages.js';
import { IdParam, UuidParam } from '../common/params/id-param.decorator.js';

const BACK_OFFICE = { title: 'Verwaltung', url: '/verwaltung' };
const LIST = { title: 'Veranstaltungen', url: '/verwaltung/veranstaltungen' };

@Controller('verwaltung/veranstaltungen')
@RequireRoles('organizer')
export class EventsAdminController {
  constructor(
    private readonly events: EventsAdminService,
    private readonly registrations: RegistrationsService,
    private readonly concept: ConceptService,
    private readonly eventDocuments: EventDocumentsService,
    private readonly processes: ProcessesService,
    private readonly eventPages: EventPagesService,
  ) {}

  @Get()
  @Render('events/admin/list')
  async list() {
    const events = await this.events.list();
    return { pageTitle: 'Veranstaltungen', breadcrumbs: [BACK_OFFICE], events };
  }

  @Get('neu')
  @Render('events/admin/form')
  async createForm() {
    return {
      ...(await this.formModel()),
      pageTitle: 'Neue Veranstaltung',
      action: `${LIST.url}/neu#fehler`,
      values: {
        format: 'regional_forum',
        waitingListEnabled: 'ja',
        fieldSlugs: [],
        approachIds: [],
      },
    };
  }

  @Post('neu')
  @FormView('events/admin/form')
  async create(
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = {
      ...(await this.formModel()),
      pageTitle: 'Neue Veranstaltung',
      action: `${LIST.url}/neu#fehler`,
    };
    const event = await this.events.save(actor, await validateForm(EventFormDto, body));
    addFlash(request, {
      kind: 'success',
      message:
        'Die Veranstaltung ist als Entwurf gespeichert. Über „Vorschau“ sehen Sie die Seite, wie sie veröffentlicht aussehen wird.',
    });
    response.redirect(303, `${LIST.url}/${event.id}#inhalt`);
  }

  @Get(':id')
  @Render('events/admin/form')
  async editForm(@IdParam('id') id: number) {
    const event = await this.events.find(id);
    return {
      ...(await this.formModel()),
      pageTitle: event.title,
      event,
      action: `${LIST.url}/${id}#fehler`,
      values: this.events.formValues(event),
      messages: sentMessageRows(await this.events.sentMessages(id)),
    };
  }

  /** The public page of the event as it will look, drafts too; only for the back office. */
  @Get(':id/vorschau')
  async preview(@IdParam('id') id: number, @Res() response: Response) {
    const page = await this.eventPages.preview(id);
    response.render('events/show', {
      ...page,
      breadcrumbs: [BACK_OFFICE, LIST, { title: page.details.title, url: `${LIST.url}/${id}` }],
    });
  }

  /** The address of a refused cancellation, opened again: the event's page. */
  @Get(':id/absagen')
  @Render('events/admin/form')
  cancelForm(@IdParam('id') id: number) {
    return this.editForm(id);
  }

  @Post(':id')
  @FormView('events/admin/form')
  async update(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const event = await this.events.find(id);
    response.locals.formModel = {
      ...(await this.formModel()),
      pageTitle: event.title,
      event,
      action: `${LIST.url}/${id}#fehler`,
    };
    await this.events.save(actor, await validateForm(EventFormDto, body), id);
    addFlash(request, { kind: 'success', message: 'Die Veranstaltung ist gespeichert.' });
    response.redirect(303, `${LIST.url}/${id}#inhalt`);
  }

  @Post(':id/veroeffentlichen')
  async publish(
    @IdParam('id') id: number,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const event = await this.events.publish(actor, id);
    addFlash(request, { kind: 'success', message: `„${event.title}“ ist veröffentlicht.` });
    response.redirect(303, `${LIST.url}/${id}#inhalt`);
  }

  @Post(':id/absagen')
  @FormView('events/admin/form')
  async cancel(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const event = await this.events.find(id);
    response.locals.formModel = {
      ...(await this.formModel()),
      pageTitle: event.title,
      event,
      action: `${LIST.url}/${id}`,
      values: this.events.formValues(event),
      messages: sentMessageRows(await this.events.sentMessages(id)),
    };
    const form = await validateForm(CancelEventDto, body);
    if (form.bestaetigt !== 'ja') {
      response.status(200).render('events/admin/cancel-confirm', {
        pageTitle: `„${event.title}“ absagen?`,
        event,
        reason: form.reason,
        counts: await this.events.recipientCounts(id),
        breadcrumbs: [BACK_OFFICE, LIST, { title: event.title, url: `${LIST.url}/${id}` }],
      });
      return;
    }
    const sent = await this.events.cancel(actor, id, form.reason);
    addFlash(request, {
      kind: 'success',
      message: `Die Veranstaltung ist abgesagt; ${sent} Angemeldete werden per E-Mail informiert.`,
    });
    response.redirect(303, `${LIST.url}/${id}#inhalt`);
  }

  @Get(':id/anmeldungen')
  @Render('events/admin/registrations')
  async registrationList(@IdParam('id') id: number) {
    return this.registrationsModel(id);
  }

  @Get(':id/anmeldungen.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async registrationCsv(@IdParam('id') id: number, @Res({ passthrough: true }) response: Response) {
    const event = await this.events.find(id);
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="anmeldungen-${event.slug}.csv"`,
    );
    return registrationsCsv(event, await this.events.registrations(id));
  }

  @Post(':id/anmeldungen/:registrationId/annehmen')
  async approve(
    @IdParam('id') id: number,
    @UuidParam('registrationId') registrationId: string,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    await this.registrations.approve(actor, id, registrationId);
    addFlash(request, { kind: 'success', message: 'Die Anmeldung ist angenommen.' });
    response.redirect(303, `${LIST.url}/${id}/anmeldungen#inhalt`);
  }

  @Get(':id/anmeldungen/:registrationId/ablehnen')
  @Render('events/admin/decline')
  async confirmDecline(
    @IdParam('id') id: number,
    @UuidParam('registrationId') registrationId: string,
  ) {
    return this.declineModel(id, registrationId);
  }

  @Post(':id/anmeldungen/:registrationId/ablehnen')
  @FormView('events/admin/decline')
  async decline(
    @IdParam('id') id: number,
    @UuidParam('registrationId') registrationId: string,
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const model = await this.declineModel(id, registrationId);
    response.locals.formModel = model;
    const form = await validateForm(DeclineDto, body);
    await this.registrations.decline(actor, id, registrationId, form.reason);
    addFlash(request, {
      kind: 'success',
      message: `Die Anmeldung von ${model.name} ist abgelehnt; ${model.name} erhält eine E-Mail${form.reason ? ' mit Ihrer Begründung' : ''}.${model.isSeat ? ' Ihr Platz geht an die erste Person auf der Warteliste, falls es eine gibt.' : ''}`,
    });
    response.redirect(303, `${LIST.url}/${id}/anmeldungen#inhalt`);
  }

  @Get(':id/dokumente')
  @Render('events/admin/documents')
  async documentsPage(@IdParam('id') id: number) {
    return this.documentsModel(id);
  }

  @Post(':id/dokumente')
  @DocumentUpload()
  @FormView('events/admin/documents')
  async upload(
    @IdParam('id') id: number,
    @UploadedDocument() file: IncomingDocumentFile | undefined,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.documentsModel(id);
    const form = await validateForm(EventDocumentDto, body);
    const warnings = await this.eventDocuments.attach(await this.events.find(id), file, form);
    addFlash(request, { kind: 'success', message: `„${form.title}“ ist hochgeladen.` });
    for (const warning of warnings) addFlash(request, { kind: 'warning', message: warning });
    response.redirect(303, `${LIST.url}/${id}/dokumente#inhalt`);
  }

  @Get(':id/dokumente/:documentId/loeschen')
  @Render(CONFIRM_VIEW)
  async confirmRemoveDocument(
    @IdParam('id') id: number,
    @UuidParam('documentId') documentId: string,
  ): Promise<Confirmation> {
    const document = await this.eventDocuments.find(id, documentId);
    return {
      pageTitle: 'Dokument löschen',
      breadcrumbs: [BACK_OFFICE, LIST],
      question: `Das Dokument „${document.title}“ wirklich löschen?`,
      consequence:
        'Die Datei verschwindet von der Veranstaltungsseite und wird gelöscht; ihr Link funktioniert nicht mehr.',
      action: `${LIST.url}/${id}/dokumente/${documentId}/loeschen`,
      confirmLabel: 'Ja, löschen',
      cancelUrl: `${LIST.url}/${id}/dokumente`,
    };
  }

  @Post(':id/dokumente/:documentId/loeschen')
  async removeDocument(
    @IdParam('id') id: number,
    @UuidParam('documentId') documentId: string,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    await this.eventDocuments.detach(actor, await this.events.find(id), documentId);
    addFlash(request, { kind: 'success', message: 'Das Dokument ist gelöscht.' });
    response.redirect(303, `${LIST.url}/${id}/dokumente#inhalt`);
  }

  /** The confirm page names person and event and says what declining does to this entry. */
  private async declineModel(id: number, registrationId: string) {
    const registration = await this.registrations.findForEvent(id, registrationId);
    const { event } = registration;
    const name = registration.name ?? 'diese Person';
    const isSeat = registration.status === 'seat';
    const active = isSeat || registration.status === 'waiting';
    return {
      pageTitle: 'Anmeldung ablehnen',
      breadcrumbs: [
        BACK_OFFICE,
        LIST,
        { title: event.title, url: `${LIST.url}/${id}` },
        { title: 'Anmeldungen', url: `${LIST.url}/${id}/anmeldungen` },
      ],
      name,
      email: registration.email,
      eventTitle: event.title,
      isSeat,
      active,
      consequence: !active
        ? 'Diese Anmeldung ist nicht mehr aktiv (abgemeldet, abgelehnt oder nicht bestätigt); es gibt nichts abzulehnen.'
        : isSeat
          ? `${name} hat einen Platz. Nach der Ablehnung erhält ${name} eine E-Mail, und der Platz geht an die erste Person auf der Warteliste, falls es eine gibt. Das lässt sich nicht rückgängig machen.`
          : `${name} steht auf der Warteliste und hat noch keinen Platz. Nach der Ablehnung erhält ${name} eine E-Mail und wird von der Warteliste genommen. Das lässt sich nicht rückgängig machen.`,
      action: `${LIST.url}/${id}/anmeldungen/${registrationId}/ablehnen#fehler`,
      cancelUrl: `${LIST.url}/${id}/anmeldungen`,
    };
  }

  private async documentsModel(id: number) {
    const event = await this.events.find(id);
    const documents = await this.eventDocuments.list(id);
    return {
      pageTitle: `Dokumente: ${event.title}`,
      breadcrumbs: [BACK_OFFICE, LIST, { title: event.title, url: `${LIST.url}/${id}` }],
      event,
      documents: documents.map((document) => ({ ...toDocumentView(document), id: document.id })),
      kinds: Object.entries(DOCUMENT_KIND_LABELS).map(([value, label]) => ({ value, label })),
    };
  }

  private async registrationsModel(id: number) {
    const event = await this.events.find(id);
    const registrations = await this.events.registrations(id);
    const rows = registrationRows(event, registrations);
    return {
      pageTitle: `Anmeldungen: ${event.title}`,
      breadcrumbs: [BACK_OFFICE, LIST, { title: event.title, url: `${LIST.url}/${id}` }],
      event,
      rows,
      counts: {
        seats: rows.filter((row) => row.isSeat).length,
        waiting: rows.filter((row) => row.isWaiting).length,
        attended: rows.filter((row) => row.attended).length,
      },
    };
  }

  private async formModel() {
    const [fields, approaches, processes] = await Promise.all([
      this.concept.findStructure(),
      this.concept.listApproaches(),
      this.processes.list(),
    ]);
    return {
      breadcrumbs: [BACK_OFFICE, LIST],
      formats: Object.entries(EVENT_FORMATS).map(([value, label]) => ({ value, label })),
      fieldOptions: fields.map((field) => ({ value: field.slug, label: field.title })),
      approachOptions: fields.map((field) => ({
        label: field.title,
        approaches: approaches.filter((approach) => approach.fieldSlug === field.slug),
      })),
      processOptions: processes.map((process) => ({ value: process.id, label: process.title })),
    };
  }
}
