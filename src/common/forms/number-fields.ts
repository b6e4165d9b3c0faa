import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, Max, Min } from 'class-validator';
import { parseDatabaseId } from '../params/database-id.js';

/** Far more than any list in the portal offers: the concept has about a hundred approaches. */
const MAX_LIST_LENGTH = 1000;

/** Checkboxes: absent when none is ticked, text for one, a list for several. */
function asList(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : [value];
}

/** Ticked ids; each must be a whole number in PostgreSQL's integer range. */
export function IdList(message: string) {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      asList(value).map((item) => parseDatabaseId(item) ?? item),
    ),
    IsArray({ message }),
    ArrayMaxSize(MAX_LIST_LENGTH, { message }),
    IsInt({ each: true, message }),
  );
}

/** Ticked texts (slugs, keys); the check of each value stays with the field. */
export function TextList(message: string) {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => asList(value)),
    IsArray({ message }),
    ArrayMaxSize(MAX_LIST_LENGTH, { message }),
  );
}

/** An id from a hidden field; anything else stays as sent and fails IsInt. */
export function toDatabaseId({ value }: { value: unknown }): unknown {
  return value === undefined || value === '' ? undefined : (parseDatabaseId(value) ?? value);
}

/**
 * A whole number typed into a field. Empty becomes undefined, never 0 (so an optional field
 * left empty stays empty); "1.5", "1e3" or twenty digits stay text and fail the check.
 */
export function WholeNumber(
  range: { min: number; max: number },
  messages: { type: string; min: string; max: string },
) {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => {
      if (typeof value !== 'string') return value;
      const text = value.trim();
      if (text === '') return undefined;
      return /^-?\d{1,15}$/.test(text) ? Number(text) : value;
    }),
    IsInt({ message: messages.type }),
    Min(range.min, { message: messages.min }),
    Max(range.max, { message: messages.max }),
  );
}
