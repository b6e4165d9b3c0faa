import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { AsSeeder, type Seeder } from './seeder.js';

const SEED_LOCK = 4_203_018;

@Injectable()
export class SeedRunner {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /**
   * Runs every feature's seeder in order, in one transaction, under an advisory lock. Demo data
   * is added only when asked for and the configuration allows it (AppConfig.allowsDemoData).
   */
  async run(options: { demo: boolean; log: (message: string) => void }): Promise<void> {
    const demo = options.demo && this.config.allowsDemoData;
    if (options.demo && !demo) {
      options.log('No demo data: it is never added in production or to an external database.');
    }
    const seeders = this.discovery
      .getProviders({ metadataKey: AsSeeder.KEY })
      .map((wrapper) => ({
        order: this.discovery.getMetadataByDecorator(AsSeeder, wrapper)?.order ?? 0,
        seeder: wrapper.instance as Seeder,
      }))
      .sort((left, right) => left.order - right.order);
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      for (const { seeder } of seeders) {
        await seeder.seed({ manager, demo, log: options.log });
      }
    });
  }
}
