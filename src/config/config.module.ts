import { type DynamicModule, Global, Module } from '@nestjs/common';
import { resolveSessionSecret } from '../common/session/session-secret.js';
import { AppConfig } from './app-config.js';
import { AppSecrets } from './app-secrets.js';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: AppSecrets, useValue: new AppSecrets(resolveSessionSecret(config)) },
      ],
      exports: [AppConfig, AppSecrets],
    };
  }
}
