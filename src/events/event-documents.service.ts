import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { AuditLogService } from '../common/audit/audit-log.service.js';
import type { SessionUser } from '../common/auth/roles.js';
import type {
  DocumentMeta,
  IncomingDocumentFile,
  UploadPolicy,
} from '../documents/document-validation.js';
import { DocumentNotFoundError, DocumentsService } from '../documents/documents.service.js';
import type { Document } from '../documents/entities/document.entity.js';
import type { Event } from './entities/event.entity.js';
import { EventDocument } from './entities/event-document.entity.js';

/** Protocols, presentations, photos: organizers manage them, any document type is fine. */
export const EVENT_DOCUMENT_UPLOAD: UploadPolicy = { ownerRole: 'organizer' };

/** The documents of an event; they are public exactly while the event is public. */
@Injectable()
export class EventDocumentsService {
  constructor(
    @InjectRepository(EventDocument) private readonly links: Repository<EventDocument>,
    private readonly documents: DocumentsService,
    private readonly audit: AuditLogService,
  ) {}

  async list(eventId: number): Promise<Document[]> {
    const links = await this.links.find({ where: { eventId }, order: { position: 'ASC' } });
    return this.documents.list(links.map((link) => link.documentId));
  }

  /** A document of this event; any other document (of another event, an article, …) is not found. */
  async find(eventId: number, documentId: string): Promise<Document> {
    const linked = await this.links.existsBy({ eventId, documentId });
    const document = linked ? await this.documents.find(documentId) : null;
    if (!document) throw new DocumentNotFoundError();
    return document;
  }

  /** Stores the upload and attaches it; returns the warnings (e.g. a PDF that is not accessible). */
  async attach(
    event: Event,
    file: IncomingDocumentFile | undefined,
    meta: DocumentMeta,
  ): Promise<string[]> {
    const { document, warnings } = await this.documents.store(file, meta, EVENT_DOCUMENT_UPLOAD);
    const position = await this.links.count({ where: { eventId: event.id } });
    await this.links.insert({ eventId: event.id, documentId: document.id, position });
    if (event.status !== 'draft') await this.documents.setPublic([document.id], true);
    return warnings;
  }

  async detach(actor: SessionUser, event: Event, documentId: string): Promise<void> {
    const document = await this.find(event.id, documentId);
    await this.links.delete({ eventId: event.id, documentId });
    await this.documents.remove(documentId);
    await this.audit.record(actor, {
      action: 'event.document_removed',
      summary: `Dokument „${document.title}“ gelöscht`,
      subjectType: 'event',
      subjectId: String(event.id),
      subjectLabel: event.title,
      details: { documentId, fileName: document.fileName },
    });
  }

  async setPublic(eventId: number, isPublic: boolean, manager?: EntityManager): Promise<void> {
    const links = await (manager ?? this.links.manager).find(EventDocument, { where: { eventId } });
    await this.documents.setPublic(
      links.map((link) => link.documentId),
      isPublic,
      manager,
    );
  }
}
