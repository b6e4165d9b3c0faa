import { Global, Module } from '@nestjs/common';
import { MailDelivery } from './mail-delivery.js';
import { MailRenderer } from './mail-renderer.js';
import { MailTransport } from './mail-transport.js';
import { MailService } from './mail.service.js';
import { MailWorker } from './mail.worker.js';

@Global()
@Module({
  providers: [MailRenderer, MailTransport, MailDelivery, MailService, MailWorker],
  exports: [MailService, MailRenderer],
})
export class MailModule {}
