import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
  UseInterceptors,
  applyDecorators,
  createParamDecorator,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { type Observable, catchError, finalize } from 'rxjs';
import { DomainError } from '../common/errors/domain.error.js';
import { withoutNulCharacters } from '../common/forms/form-bodies.js';
import { CsrfTokenInMultipartBody } from '../common/session/multipart-csrf.js';
import { AppConfig } from '../config/app-config.js';
import {
  DOCUMENT_TOO_LARGE_MESSAGE,
  type IncomingDocumentFile,
  MAX_DOCUMENT_BYTES,
} from './document-validation.js';

/** What multer (disk storage) puts on request.file; @types/multer is not installed. */
interface MulterFile {
  path: string;
  originalname: string;
  size: number;
}
type UploadRequest = Request & { file?: MulterFile };

export class DocumentTooLargeError extends DomainError {
  constructor() {
    super('document_too_large', 413, DOCUMENT_TOO_LARGE_MESSAGE);
  }
}

/** Beside the storage folder, so that storing an upload is a rename on the same disk. */
function uploadTempDirectory(config: AppConfig): string {
  return join(config.DATA_DIR, 'uploads', 'tmp');
}

/**
 * Receives the multipart field "file" into the temp folder (random names, at most 50 MB) and
 * removes the temp file once the handler is done, whether it stored the file or not.
 */
@Injectable()
export class DocumentUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;

  constructor(config: AppConfig) {
    const Multer = FileInterceptor('file', {
      dest: uploadTempDirectory(config),
      limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fieldSize: 100 * 1024 },
      // Browsers send file names as raw UTF-8; busboy would read them as Latin-1.
      defParamCharset: 'utf8',
    });
    this.multer = new Multer();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<UploadRequest>();
    try {
      // multer fills request.body just before the handler runs: clean it there, as formBodies() does.
      const handled = await this.multer.intercept(context, {
        handle: () => {
          withoutNulCharacters(request.body);
          return next.handle();
        },
      });
      return handled.pipe(
        // A refusal (the token, checked after the body) is answered once the file is gone.
        catchError((error: unknown) =>
          removeTempFile(request).then(() => {
            throw error;
          }),
        ),
        finalize(() => void removeTempFile(request)),
      );
    } catch (error) {
      // Refused after multer stored the file (CSRF, a field past its limit): nothing may stay
      // behind, also when the refusal's page is answered at once.
      await removeTempFile(request);
      // multer stops at the limit and removes the partial file; Nest reports LIMIT_FILE_SIZE as 413.
      if (error instanceof PayloadTooLargeException) throw new DocumentTooLargeError();
      // A text field past multer's limit (Nest reports it as 400): the 413 page tells the person
      // that the text is still in the browser.
      if ((error as { cause?: { code?: unknown } }).cause?.code === 'LIMIT_FIELD_VALUE') {
        throw new PayloadTooLargeException();
      }
      throw error;
    }
  }
}

/** Best effort: a leftover is only a nameless file in the temp folder, never a document. */
function removeTempFile(request: UploadRequest): Promise<void> {
  return request.file
    ? rm(request.file.path, { force: true }).catch(() => undefined)
    : Promise.resolve();
}

/**
 * Put this on the POST route that receives a document (form field "file"), together with
 * `@UploadedDocument() file` as a parameter, then pass that file to DocumentsService.store().
 * The form carries its CSRF token in the body like every form (`{{> csrf}}`, before the file
 * field); it is checked once multer has read the body.
 */
export function DocumentUpload() {
  return applyDecorators(UseInterceptors(DocumentUploadInterceptor), CsrfTokenInMultipartBody());
}

/** The uploaded file from DocumentUpload(), or undefined when none was chosen. */
export const UploadedDocument = createParamDecorator(
  (_data: unknown, context: ExecutionContext): IncomingDocumentFile | undefined => {
    const file = context.switchToHttp().getRequest<UploadRequest>().file;
    return file && { path: file.path, originalName: file.originalname, size: file.size };
  },
);
