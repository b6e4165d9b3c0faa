import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CsrfProtection } from './csrf-protection.js';
import { MultipartCsrfGuard } from './multipart-csrf.js';

@Global()
@Module({
  providers: [CsrfProtection, { provide: APP_GUARD, useClass: MultipartCsrfGuard }],
  exports: [CsrfProtection],
})
export class CsrfModule {}
