import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CsrfProtection } from './csrf-protection.js';
import { MultipartCsrfGuard } from './multipart-csrf.js';
import { SessionStore } from './web-session.js';

/** CSRF protection and the session store: what every form and signed-in page relies on. */
@Global()
@Module({
  providers: [CsrfProtection, SessionStore, { provide: APP_GUARD, useClass: MultipartCsrfGuard }],
  exports: [CsrfProtection, SessionStore],
})
export class CsrfModule {}
