import type { ArgumentMetadata } from '@nestjs/common';
import { createValidationPipe } from './validation.pipe.js';

const pipe = createValidationPipe();

/**
 * Validates a form inside the handler, for forms whose page needs data the handler loads first:
 * a failure then re-renders that page (FormView) instead of an empty one.
 */
export async function validateForm<T extends object>(dto: new () => T, body: unknown): Promise<T> {
  const metadata: ArgumentMetadata = { type: 'body', metatype: dto };
  return (await pipe.transform(body ?? {}, metadata)) as T;
}
