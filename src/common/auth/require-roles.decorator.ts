import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { LoginRequiredError } from '../errors/login-required.error.js';
import { type Role, hasRole } from './roles.js';

export const REQUIRED_ROLES = 'kek:required-roles';

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    const user = context.switchToHttp().getRequest<Request>().user;
    if (!user) throw new LoginRequiredError();
    if (!hasRole(user, roles ?? [])) throw new ForbiddenException();
    return true;
  }
}

/**
 * Only signed-in users with one of the roles (admins always) may pass; no roles: any signed-in
 * user. Anonymous visitors are sent to the login page and back afterwards.
 */
export function RequireRoles(...roles: Role[]) {
  return applyDecorators(SetMetadata(REQUIRED_ROLES, roles), UseGuards(RolesGuard));
}
