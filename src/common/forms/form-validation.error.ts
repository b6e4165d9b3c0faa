import { DomainError } from '../errors/domain.error.js';

/** Field name → German message; the key "form" holds a message about the form as a whole. */
export type FieldErrors = Record<string, string>;

export class FormValidationError extends DomainError {
  constructor(readonly fieldErrors: FieldErrors) {
    super('form_invalid', 422, 'Bitte korrigieren Sie die markierten Angaben.');
  }
}
