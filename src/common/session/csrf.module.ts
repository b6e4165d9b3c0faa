import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CsrfProtection } from './csrf-protection.js';
import { MultipartCsrfGuard, MultipartCsrfInterceptor } from './multipart-csrf.js';

@Global()
@Module({
  providers: [
    CsrfProtection,
    MultipartCsrfInterceptor,
    { provide: APP_GUARD, useClass: MultipartCsrfGuard },
  ],
  exports: [CsrfProtection, MultipartCsrfInterceptor],
})
export class CsrfModule {}
