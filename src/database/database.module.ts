import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';
import { JOB_QUEUE_OPTIONS, JobQueue } from './job-queue.service.js';
import { migrate } from './migrate.js';
import { SeedRunner } from './seed-runner.js';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(url: string, options: { jobPollingSeconds: number }): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        DiscoveryModule,
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...dataSourceOptions(url), autoLoadEntities: true }),
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            await migrate(dataSource);
            return dataSource;
          },
        }),
      ],
      providers: [
        SeedRunner,
        JobQueue,
        {
          provide: JOB_QUEUE_OPTIONS,
          useValue: { connectionString: url, pollingIntervalSeconds: options.jobPollingSeconds },
        },
      ],
      exports: [SeedRunner, JobQueue],
    };
  }
}
