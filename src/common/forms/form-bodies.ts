import express, { type NextFunction, type Request, type Response } from 'express';
import { DomainError } from '../errors/domain.error.js';

/**
 * Far above what a valid form carries (the longest fields hold 100,000 characters, at most nine
 * bytes each once percent-encoded), so long but valid input reaches validation and comes back
 * with a message per field and the text kept; only beyond it the 413 page.
 */
const FORM_BODY_LIMIT = '2mb';
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

export class UnsupportedFormatError extends DomainError {
  constructor() {
    super(
      'unsupported_format',
      415,
      'Dieses Format wird nicht unterstützt. Bitte senden Sie das Formular über die Seite im Browser.',
    );
  }
}

/** HTML forms send urlencoded or multipart bodies (multipart is read by the upload routes). */
function refuseOtherFormats(request: Request, _response: Response, next: NextFunction): void {
  const hasBody =
    request.headers['transfer-encoding'] !== undefined ||
    Number(request.headers['content-length'] ?? 0) > 0;
  next(hasBody && request.is(FORM_TYPES) === false ? new UnsupportedFormatError() : undefined);
}

/**
 * Removes NUL characters from every field name and value. PostgreSQL cannot store them, nobody
 * can type them into a form, and removing them keeps everything else the person wrote.
 */
export function withoutNulCharacters(fields: unknown): void {
  if (typeof fields !== 'object' || fields === null) return;
  const record = fields as Record<string, unknown>;
  const clean = (item: unknown) => (typeof item === 'string' ? item.replaceAll('\0', '') : item);
  for (const name of Object.keys(record)) {
    const value = record[name];
    const cleanName = name.replaceAll('\0', '');
    if (cleanName !== name) delete record[name];
    Object.defineProperty(record, cleanName, {
      value: Array.isArray(value) ? value.map(clean) : clean(value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
}

/** The body parsing the forms need, and nothing else: every POST handler sees an object. */
export function formBodies() {
  return [
    refuseOtherFormats,
    express.urlencoded({ extended: false, limit: FORM_BODY_LIMIT }),
    (request: Request, _response: Response, next: NextFunction): void => {
      request.body ??= {};
      withoutNulCharacters(request.body);
      next();
    },
  ];
}
