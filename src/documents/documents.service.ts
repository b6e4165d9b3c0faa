import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, Repository } from 'typeorm';
import { type SessionUser, hasRole } from '../common/auth/roles.js';
import { DomainError } from '../common/errors/domain.error.js';
import { DocumentStorage, StoredFileMissingError } from './document-storage.js';
import {
  type DocumentMeta,
  type IncomingDocumentFile,
  type UploadPolicy,
  validateDocument,
  validatePhotoDetails,
} from './document-validation.js';
import { Document } from './entities/document.entity.js';
import { accessibilityWarnings, checkPdfAccessibility } from './pdf-accessibility.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Well below PostgreSQL's 65,535 bound parameters. */
const ID_CHUNK = 10_000;

export class DocumentNotFoundError extends DomainError {
  constructor() {
    super('document_not_found', 404, 'Dieses Dokument gibt es nicht (mehr).');
  }
}

export interface StoredDocument {
  document: Document;
  /** German notes for the organizer, e.g. that a PDF is not accessible. */
  warnings: string[];
}

export interface DocumentDownload {
  document: Document;
  content: Readable;
}

@Injectable()
export class DocumentsService {
  private readonly logger = new Logger(DocumentsService.name);

  constructor(
    @InjectRepository(Document) private readonly documents: Repository<Document>,
    private readonly storage: DocumentStorage,
  ) {}

  /**
   * Validates an uploaded file and its details and moves it into storage. The temp file is
   * gone afterwards in every case, refused or stored.
   */
  async store(
    file: IncomingDocumentFile | undefined,
    meta: DocumentMeta,
    policy: UploadPolicy,
  ): Promise<StoredDocument> {
    try {
      const valid = await validateDocument(file, meta, policy.accept);
      const accessibility =
        valid.type.extension === 'pdf'
          ? await checkPdfAccessibility(await readFile(valid.file.path))
          : null;
      const storageKey = randomUUID();
      await this.storage.put(storageKey, valid.file.path, valid.type.mimeType);
      try {
        const document = await this.documents.save(
          this.documents.create({
            kind: valid.kind,
            title: valid.title,
            speaker: valid.speaker,
            isWorkingVersion: valid.isWorkingVersion,
            altText: valid.altText,
            credit: valid.credit,
            fileName: valid.fileName,
            storageKey,
            mimeType: valid.type.mimeType,
            sizeBytes: valid.file.size,
            pdfTagged: accessibility?.tagged ?? null,
            pdfLanguage: accessibility?.language ?? null,
            ownerRole: policy.ownerRole,
          }),
        );
        return { document, warnings: accessibility ? accessibilityWarnings(accessibility) : [] };
      } catch (error) {
        await this.storage.delete(storageKey);
        throw error;
      }
    } finally {
      if (file) await rm(file.path, { force: true });
    }
  }

  async find(id: string): Promise<Document | null> {
    return UUID.test(id) ? this.documents.findOneBy({ id }) : null;
  }

  /** The documents with these ids, in the order of the ids; unknown ids are left out. */
  async list(ids: readonly string[]): Promise<Document[]> {
    const found = new Map<string, Document>();
    for (let start = 0; start < ids.length; start += ID_CHUNK) {
      const chunk = ids.slice(start, start + ID_CHUNK);
      for (const document of await this.documents.findBy({ id: In(chunk) })) {
        found.set(document.id, document);
      }
    }
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  /** Pass the manager of a running transaction to publish documents together with their event. */
  async setPublic(
    ids: readonly string[],
    isPublic: boolean,
    manager: EntityManager = this.documents.manager,
  ): Promise<void> {
    for (let start = 0; start < ids.length; start += ID_CHUNK) {
      await manager.update(Document, { id: In(ids.slice(start, start + ID_CHUNK)) }, { isPublic });
    }
  }

  /** New alt text and credit for a stored photo (validated as on upload). */
  async describePhoto(
    id: string,
    meta: Pick<DocumentMeta, 'altText' | 'credit'>,
    manager: EntityManager = this.documents.manager,
  ): Promise<void> {
    await manager.update(Document, { id }, validatePhotoDetails(meta));
  }

  async remove(id: string): Promise<void> {
    const document = await this.find(id);
    if (!document) return;
    await this.documents.delete({ id });
    await this.storage.delete(document.storageKey);
  }

  /**
   * A download by its URL: the name must match, and only staff of the document's role (and
   * admins) see documents that are not public yet. Public downloads are counted once the stored
   * file is found; a file missing from storage is a 404 (and logged for the operator).
   */
  async openDownload(
    id: string,
    fileName: string,
    viewer: SessionUser | undefined,
  ): Promise<DocumentDownload> {
    const document = await this.find(id);
    const visible = document && (document.isPublic || hasRole(viewer, [document.ownerRole]));
    if (!document || document.fileName !== fileName || !visible) throw new DocumentNotFoundError();
    const content = await this.openStoredFile(document);
    try {
      if (document.isPublic) await this.documents.increment({ id }, 'downloadCount', 1);
    } catch (error) {
      content.destroy();
      throw error;
    }
    return { document, content };
  }

  private async openStoredFile(document: Document): Promise<Readable> {
    try {
      return await this.storage.get(document.storageKey);
    } catch (error) {
      if (!(error instanceof StoredFileMissingError)) throw error;
      this.logger.warn(`The file of document ${document.id} is missing from storage`);
      throw new DocumentNotFoundError();
    }
  }
}
