import { NotFoundException, Param, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { parseDatabaseId } from './database-id.js';

/** A path id that no row can have names a page that cannot exist: 404, before any query runs. */
const databaseId: PipeTransform<string, number> = {
  transform(value) {
    const id = parseDatabaseId(value);
    if (id === null) throw new NotFoundException();
    return id;
  },
};

const uuid: PipeTransform<string, string> = {
  transform(value) {
    if (!isUUID(value)) throw new NotFoundException();
    return value;
  },
};

/** `@IdParam('id') id: number` — an integer id from the path (1 … 2^31 − 1), else 404. */
export function IdParam(name: string): ParameterDecorator {
  return Param(name, databaseId);
}

/** `@UuidParam('id') id: string` — a UUID from the path, else 404. */
export function UuidParam(name: string): ParameterDecorator {
  return Param(name, uuid);
}
