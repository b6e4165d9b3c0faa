import { type DynamicModule, Module } from '@nestjs/common';
import { HealthModule } from './common/health/health.module.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { ConceptModule } from './concept/concept.module.js';
import { DatabaseModule } from './database/database.module.js';
import { PagesModule } from './pages/pages.module.js';

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl),
        HealthModule,
        ConceptModule,
        PagesModule,
      ],
    };
  }
}
