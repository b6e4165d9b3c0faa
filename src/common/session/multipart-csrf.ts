import {
  type CallHandler,
  type CanActivate,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { CsrfProtection, isMultipart } from './csrf-protection.js';

const CSRF_IN_MULTIPART_BODY = 'kek:csrf-in-multipart-body';

/** Refuses a multipart POST to a route that does not check its token after reading the body. */
@Injectable()
export class MultipartCsrfGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly csrf: CsrfProtection,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    if (!isMultipart(request) || !this.csrf.requiresCheck(request)) return true;
    if (this.reflector.get<boolean>(CSRF_IN_MULTIPART_BODY, context.getHandler())) return true;
    throw this.csrf.invalidTokenError;
  }
}

/** Checks the token once an interceptor before it has parsed the multipart body. */
@Injectable()
export class MultipartCsrfInterceptor implements NestInterceptor {
  constructor(private readonly csrf: CsrfProtection) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    if (this.csrf.requiresCheck(request) && !this.csrf.isValid(request)) {
      throw this.csrf.invalidTokenError;
    }
    return next.handle();
  }
}

/**
 * For a route whose multipart body an interceptor parses (put this after it): the CSRF token
 * travels in the body like in every other form and is checked once the body is read. Without a
 * parsed body there is no token, so a wrong order fails closed.
 */
export function CsrfTokenInMultipartBody() {
  return applyDecorators(
    SetMetadata(CSRF_IN_MULTIPART_BODY, true),
    UseInterceptors(MultipartCsrfInterceptor),
  );
}
