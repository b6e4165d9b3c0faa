import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditLogService } from '../common/audit/audit-log.service.js';
import type { SessionUser } from '../common/auth/roles.js';
import { DomainError } from '../common/errors/domain.error.js';
import type { IncomingDocumentFile } from '../documents/document-validation.js';
import { DocumentsService } from '../documents/documents.service.js';
import type { SlideFormDto } from './dto/slide-form.dto.js';
import { Slide } from './entities/slide.entity.js';

/** The editors' home teasers. */
@Injectable()
export class SlidesService {
  constructor(
    @InjectRepository(Slide) private readonly slides: Repository<Slide>,
    private readonly documents: DocumentsService,
    private readonly audit: AuditLogService,
  ) {}

  list(): Promise<Slide[]> {
    return this.slides.find({ relations: { image: true }, order: { position: 'ASC', id: 'ASC' } });
  }

  async find(id: number): Promise<Slide> {
    const slide = await this.slides.findOne({ where: { id }, relations: { image: true } });
    if (!slide) throw new DomainError('slide_not_found', 404, 'Diesen Teaser gibt es nicht.');
    return slide;
  }

  async save(editor: SessionUser, form: SlideFormDto, id?: number): Promise<Slide> {
    const values = {
      title: form.title,
      caption: form.caption,
      linkUrl: form.linkUrl ?? null,
      linkLabel: form.linkLabel ?? null,
      position: form.position,
      active: form.active,
    };
    const slide = await this.slides.save(
      id ? Object.assign(await this.find(id), values) : this.slides.create(values),
    );
    await this.audit.record(editor, {
      action: id ? 'slide.updated' : 'slide.created',
      summary: id ? 'Teaser der Startseite geändert' : 'Teaser der Startseite angelegt',
      subjectType: 'slide',
      subjectId: String(slide.id),
      subjectLabel: slide.title,
    });
    return slide;
  }

  async setImage(
    editor: SessionUser,
    id: number,
    file: IncomingDocumentFile | undefined,
    meta: { altText?: string; credit?: string },
  ): Promise<void> {
    const slide = await this.find(id);
    const { document } = await this.documents.store(
      file,
      { kind: 'photo', title: `Teaser: ${slide.title}`, ...meta },
      { ownerRole: 'editor' },
    );
    await this.documents.setPublic([document.id], true);
    await this.slides.update({ id }, { image: { id: document.id } });
    if (slide.image) await this.documents.remove(slide.image.id);
    await this.audit.record(editor, {
      action: 'slide.image_changed',
      summary: slide.image ? 'Bild ersetzt (das alte ist gelöscht)' : 'Bild hinzugefügt',
      subjectType: 'slide',
      subjectId: String(id),
      subjectLabel: slide.title,
      details: { documentId: document.id, previousDocumentId: slide.image?.id ?? null },
    });
  }
}
