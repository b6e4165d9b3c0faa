import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditLogService } from '../common/audit/audit-log.service.js';
import type { SessionUser } from '../common/auth/roles.js';
import { DomainError } from '../common/errors/domain.error.js';
import { ContentChanges } from '../common/page-cache/content-changes.js';
import { Approach } from '../concept/entities/approach.entity.js';
import type { IncomingDocumentFile } from '../documents/document-validation.js';
import { toDocumentView } from '../documents/document-view.js';
import { DocumentsService } from '../documents/documents.service.js';
import type { ProgressNoteFormDto } from './dto/implementation-forms.dto.js';
import { ProgressNote } from './entities/progress-note.entity.js';
import {
  IMPLEMENTATION_STATUS_LABELS,
  type ImplementationStatus,
} from './implementation-status.js';

export class ApproachNotFoundError extends DomainError {
  constructor() {
    super('approach_not_found', 404, 'Diesen Handlungsansatz gibt es nicht.');
  }
}

/** Where each approach stands: its state and the editors' dated progress notes. */
@Injectable()
export class ImplementationService {
  constructor(
    @InjectRepository(Approach) private readonly approaches: Repository<Approach>,
    @InjectRepository(ProgressNote) private readonly notes: Repository<ProgressNote>,
    private readonly documents: DocumentsService,
    private readonly audit: AuditLogService,
    changes: ContentChanges,
  ) {
    this.notesByApproach = changes.remember(() => this.readNotes());
  }

  /** Every approach's progress notes, the latest first, until content changes. */
  private readonly notesByApproach: () => Promise<Map<number, ProgressNote[]>>;

  async findApproach(id: number): Promise<Approach> {
    const approach = await this.approaches.findOne({
      where: { id },
      relations: { subGoal: { goal: { field: true } } },
    });
    if (!approach) throw new ApproachNotFoundError();
    return approach;
  }

  async setStatus(
    actor: SessionUser,
    approachId: number,
    status: ImplementationStatus,
  ): Promise<void> {
    const approach = await this.findApproach(approachId);
    if (approach.implementationStatus === status) return;
    await this.approaches.update({ id: approachId }, { implementationStatus: status });
    await this.audit.record(actor, {
      action: 'approach.status_changed',
      summary: `Stand der Umsetzung: ${IMPLEMENTATION_STATUS_LABELS[approach.implementationStatus]} → ${IMPLEMENTATION_STATUS_LABELS[status]}`,
      subjectType: 'approach',
      subjectId: String(approachId),
      subjectLabel: approach.title,
    });
  }

  /** The approach's notes, newest first, with their documents ready for document-list.hbs. */
  async notesFor(approachId: number) {
    const notes = structuredClone((await this.notesByApproach()).get(approachId) ?? []);
    return notes.map((note) => ({
      ...note,
      documents: note.document ? [toDocumentView(note.document)] : [],
    }));
  }

  private async readNotes(): Promise<Map<number, ProgressNote[]>> {
    const notes = await this.notes.find({
      relations: { approach: true },
      order: { notedOn: 'DESC', id: 'DESC' },
    });
    const byApproach = new Map<number, ProgressNote[]>();
    for (const { approach, ...note } of notes) {
      byApproach.set(approach.id, [...(byApproach.get(approach.id) ?? []), note as ProgressNote]);
    }
    return byApproach;
  }

  /** Adds a note; a file (with its title) becomes a public document. Returns document warnings. */
  async addNote(
    actor: SessionUser,
    approachId: number,
    form: ProgressNoteFormDto,
    file: IncomingDocumentFile | undefined,
  ): Promise<string[]> {
    const approach = await this.findApproach(approachId);
    const stored =
      file || form.title
        ? await this.documents.store(
            file,
            { kind: 'other', title: form.title },
            { ownerRole: 'editor' },
          )
        : null;
    if (stored) await this.documents.setPublic([stored.document.id], true);
    await this.notes.save(
      this.notes.create({
        approach: { id: approachId },
        notedOn: form.notedOn,
        text: form.text,
        document: stored?.document ?? null,
        authorName: actor.displayName,
      }),
    );
    await this.audit.record(actor, {
      action: 'approach.progress_noted',
      summary: `Fortschrittsnotiz vom ${form.notedOn} hinzugefügt`,
      subjectType: 'approach',
      subjectId: String(approachId),
      subjectLabel: approach.title,
    });
    return stored?.warnings ?? [];
  }

  async findNote(approachId: number, noteId: number): Promise<ProgressNote> {
    const note = await this.notes.findOne({ where: { id: noteId, approach: { id: approachId } } });
    if (!note) throw new DomainError('note_not_found', 404, 'Diesen Bericht gibt es nicht (mehr).');
    return note;
  }

  async removeNote(actor: SessionUser, approachId: number, noteId: number): Promise<void> {
    const note = await this.findNote(approachId, noteId);
    await this.notes.delete({ id: noteId });
    if (note.document) await this.documents.remove(note.document.id);
    await this.audit.record(actor, {
      action: 'approach.progress_note_removed',
      summary: `Fortschrittsnotiz vom ${note.notedOn} gelöscht`,
      subjectType: 'approach',
      subjectId: String(approachId),
    });
  }
}
