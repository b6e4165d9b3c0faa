import { Transform } from 'class-transformer';
import { IsArray, IsIn } from 'class-validator';
import { ROLES, type Role } from '../../common/auth/roles.js';

export class RolesDto {
  /** Checkboxes: absent when none is ticked, a string for one, an array for several. */
  @Transform(({ value }: { value: unknown }) =>
    value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : [value],
  )
  @IsArray()
  @IsIn(ROLES, { each: true, message: 'Unbekannte Rolle.' })
  roles: Role[] = [];
}
