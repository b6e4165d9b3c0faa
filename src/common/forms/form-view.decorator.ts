import { type ArgumentsHost, Catch, type ExceptionFilter, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { TooManyRequestsError } from '../errors/too-many-requests.error.js';
import { type FieldErrors, FormValidationError } from './form-validation.error.js';

/** Fields whose values are never sent back into a form. */
const SECRET_FIELDS = /password|passwort|_csrf/i;

@Catch(FormValidationError, TooManyRequestsError)
class FormViewFilter implements ExceptionFilter {
  constructor(
    private readonly view: string,
    private readonly model: Record<string, unknown>,
  ) {}

  catch(error: FormValidationError | TooManyRequestsError, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const submitted = (request.body ?? {}) as Record<string, unknown>;
    const values = Object.fromEntries(
      Object.entries(submitted).filter(([name]) => !SECRET_FIELDS.test(name)),
    );
    let errors: FieldErrors;
    if (error instanceof TooManyRequestsError) {
      response.setHeader('Retry-After', String(error.retryAfterSeconds));
      errors = { [error.field]: error.message };
    } else {
      errors = error.fieldErrors;
    }
    response.status(error.status).render(this.view, {
      ...this.model,
      ...(response.locals.formModel as Record<string, unknown> | undefined),
      values,
      errors,
      errorList: Object.entries(errors).map(([field, message]) => ({ field, message })),
    });
  }
}

/**
 * When the handler (or a guard or pipe before it) rejects the input, or a rate limit refuses
 * it, the form is shown again with status 422 (or 429 with Retry-After), the user's input
 * (never passwords) and a German message per field or for the whole form.
 */
export function FormView(view: string, model: Record<string, unknown> = {}) {
  return UseFilters(new FormViewFilter(view, model));
}
