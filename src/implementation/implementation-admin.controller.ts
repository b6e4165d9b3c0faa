import { Body, Controller, Get, Post, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import type { SessionUser } from '../common/auth/roles.js';
import { FormView } from '../common/forms/form-view.decorator.js';
import { validateForm } from '../common/forms/validate-form.js';
import { addFlash } from '../common/session/web-session.js';
import { formatDate, isoDate } from '../common/views/berlin-time.js';
import { CONFIRM_VIEW, type Confirmation } from '../common/forms/confirmation.js';
import { ConceptService } from '../concept/concept.service.js';
import { DocumentUpload, UploadedDocument } from '../documents/document-upload.js';
import type { IncomingDocumentFile } from '../documents/document-validation.js';
import { ProgressNoteFormDto, StatusFormDto } from './dto/implementation-forms.dto.js';
import { IMPLEMENTATION_STATUSES, IMPLEMENTATION_STATUS_LABELS } from './implementation-status.js';
import { ImplementationService } from './implementation.service.js';
import { IdParam } from '../common/params/id-param.decorator.js';

const BACK_OFFICE = { title: 'Verwaltung', url: '/verwaltung' };
const LIST = { title: 'Stand der Umsetzung', url: '/verwaltung/umsetzung' };

/** Editors keep each approach's state of implementation and its progress notes. */
@Controller('verwaltung/umsetzung')
@RequireRoles('editor')
export class ImplementationAdminController {
  constructor(
    private readonly implementation: ImplementationService,
    private readonly concept: ConceptService,
  ) {}

  @Get()
  @Render('implementation/admin/list')
  async list() {
    const fields = await this.concept.findStructure();
    return {
      pageTitle: LIST.title,
      breadcrumbs: [BACK_OFFICE],
      fields: fields.map((field) => ({
        title: field.title,
        approaches: field.goals
          .flatMap((goal) => goal.subGoals.flatMap((sub) => sub.approaches))
          .map((approach) => ({
            ...approach,
            statusLabel: IMPLEMENTATION_STATUS_LABELS[approach.implementationStatus],
          })),
      })),
    };
  }

  @Get(':id')
  @Render('implementation/admin/approach')
  async edit(@IdParam('id') id: number) {
    return this.approachModel(id);
  }

  @Post(':id/stand')
  @FormView('implementation/admin/approach')
  async setStatus(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.approachModel(id);
    const form = await validateForm(StatusFormDto, body);
    await this.implementation.setStatus(actor, id, form.status);
    addFlash(request, {
      kind: 'success',
      message: `Der Stand ist jetzt „${IMPLEMENTATION_STATUS_LABELS[form.status]}“.`,
    });
    response.redirect(303, `${LIST.url}/${id}`);
  }

  @Post(':id/notizen')
  @DocumentUpload()
  @FormView('implementation/admin/approach')
  async addNote(
    @IdParam('id') id: number,
    @UploadedDocument() file: IncomingDocumentFile | undefined,
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.approachModel(id);
    const warnings = await this.implementation.addNote(
      actor,
      id,
      await validateForm(ProgressNoteFormDto, body),
      file,
    );
    addFlash(request, {
      kind: 'success',
      message: 'Die Notiz ist gespeichert und öffentlich sichtbar.',
    });
    for (const warning of warnings) addFlash(request, { kind: 'warning', message: warning });
    response.redirect(303, `${LIST.url}/${id}#notizen`);
  }

  @Get(':id/notizen/:noteId/loeschen')
  @Render(CONFIRM_VIEW)
  async confirmRemoveNote(
    @IdParam('id') id: number,
    @IdParam('noteId') noteId: number,
  ): Promise<Confirmation> {
    const note = await this.implementation.findNote(id, noteId);
    return {
      pageTitle: 'Bericht löschen',
      breadcrumbs: [BACK_OFFICE, LIST],
      question: `Den Bericht vom ${formatDate(note.notedOn)} wirklich löschen?`,
      consequence: note.document
        ? `Der Bericht und sein Dokument „${note.document.title}“ verschwinden von der Seite des Handlungsansatzes. Das lässt sich nicht rückgängig machen.`
        : 'Der Bericht verschwindet von der Seite des Handlungsansatzes. Das lässt sich nicht rückgängig machen.',
      action: `${LIST.url}/${id}/notizen/${noteId}/loeschen`,
      confirmLabel: 'Ja, löschen',
      cancelUrl: `${LIST.url}/${id}#notizen`,
    };
  }

  @Post(':id/notizen/:noteId/loeschen')
  async removeNote(
    @IdParam('id') id: number,
    @IdParam('noteId') noteId: number,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    await this.implementation.removeNote(actor, id, noteId);
    addFlash(request, { kind: 'success', message: 'Die Notiz ist gelöscht.' });
    response.redirect(303, `${LIST.url}/${id}#notizen`);
  }

  private async approachModel(id: number) {
    const approach = await this.implementation.findApproach(id);
    const field = approach.subGoal.goal.field;
    return {
      pageTitle: `Umsetzung: ${approach.title}`,
      breadcrumbs: [BACK_OFFICE, LIST],
      approach,
      publicUrl: `/kek/${field.slug}/${approach.slug}`,
      statuses: IMPLEMENTATION_STATUSES.map((value) => ({
        value,
        label: IMPLEMENTATION_STATUS_LABELS[value],
      })),
      notes: await this.implementation.notesFor(id),
      values: { status: approach.implementationStatus, notedOn: isoDate(new Date()) },
    };
  }
}
