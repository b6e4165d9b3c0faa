import { type DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from './accounts/accounts.module.js';
import { CommentsModule } from './comments/comments.module.js';
import { AuditLogModule } from './common/audit/audit-log.module.js';
import { HealthModule } from './common/health/health.module.js';
import { PageCacheModule } from './common/page-cache/page-cache.module.js';
import { RateLimitModule } from './common/rate-limit/rate-limit.module.js';
import { SignedTokenModule } from './common/security/signed-token.service.js';
import { CsrfModule } from './common/session/csrf.module.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { ConceptModule } from './concept/concept.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DocumentsModule } from './documents/documents.module.js';
import { EventsModule } from './events/events.module.js';
import { ImplementationModule } from './implementation/implementation.module.js';
import { MailModule } from './mail/mail.module.js';
import { PressModule } from './press/press.module.js';
import { PrioritisationModule } from './prioritisation/prioritisation.module.js';
import { PagesModule } from './pages/pages.module.js';
import { ParticipationModule } from './participation/participation.module.js';

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl, { jobPollingSeconds: config.JOB_POLLING_SECONDS }),
        AuditLogModule,
        RateLimitModule,
        SignedTokenModule,
        CsrfModule,
        HealthModule,
        PageCacheModule,
        MailModule,
        DocumentsModule,
        AccountsModule,
        ConceptModule,
        ParticipationModule,
        CommentsModule,
        EventsModule,
        PressModule,
        PrioritisationModule,
        ImplementationModule,
        PagesModule,
      ],
    };
  }
}
