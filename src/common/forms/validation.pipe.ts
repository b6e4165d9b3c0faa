import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { type FieldErrors, FormValidationError } from './form-validation.error.js';

function collect(errors: ValidationError[], prefix = '', into: FieldErrors = {}): FieldErrors {
  for (const error of errors) {
    const name = prefix ? `${prefix}.${error.property}` : error.property;
    const first = Object.values(error.constraints ?? {})[0];
    if (first && !into[name]) into[name] = first;
    if (error.children?.length) collect(error.children, name, into);
  }
  return into;
}

/** DTOs carry German messages; a failure becomes a FormValidationError the form view shows. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    transform: true,
    forbidUnknownValues: false,
    stopAtFirstError: true,
    exceptionFactory: (errors) => new FormValidationError(collect(errors)),
  });
}
