import { IsIn } from 'class-validator';
import { ROLES, type Role } from '../../common/auth/roles.js';
import { TextList } from '../../common/forms/number-fields.js';

export class RolesDto {
  @TextList('Bitte wählen Sie Rollen aus der Liste.')
  @IsIn(ROLES, { each: true, message: 'Bitte wählen Sie Rollen aus der Liste.' })
  roles: Role[] = [];
}
