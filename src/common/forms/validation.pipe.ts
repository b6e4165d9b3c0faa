import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { type FieldErrors, FormValidationError } from './form-validation.error.js';

/** For a rule that lacks its German message: class-validator's English defaults never show. */
const FALLBACK_MESSAGE = 'Bitte prüfen Sie diese Angabe.';

function collect(errors: ValidationError[], prefix = '', into: FieldErrors = {}): FieldErrors {
  for (const error of errors) {
    const name = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length && !into[name]) into[name] = messages[0] || FALLBACK_MESSAGE;
    if (error.children?.length) collect(error.children, name, into);
  }
  return into;
}

/**
 * Path and query values reach the handler as sent: ValidationPipe would turn `id: number` into
 * `+value`, which makes "1e3" 1000 and "" 0 before IdParam can refuse them.
 */
class FormValidationPipe extends ValidationPipe {
  protected override transformPrimitive(value: unknown): unknown {
    return value;
  }
}

/** DTOs carry German messages; a failure becomes a FormValidationError the form view shows. */
export function createValidationPipe(): ValidationPipe {
  return new FormValidationPipe({
    whitelist: true,
    transform: true,
    forbidUnknownValues: false,
    stopAtFirstError: true,
    dismissDefaultMessages: true,
    exceptionFactory: (errors) => new FormValidationError(collect(errors)),
  });
}
