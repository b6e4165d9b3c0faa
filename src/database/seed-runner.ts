import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AsSeeder, type Seeder } from './seeder.js';

const SEED_LOCK = 4_203_018;

@Injectable()
export class SeedRunner {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly dataSource: DataSource,
  ) {}

  /** Runs every feature's seeder in order, in one transaction, under an advisory lock. */
  async run(options: { demo: boolean; log: (message: string) => void }): Promise<void> {
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
        await seeder.seed({ manager, demo: options.demo, log: options.log });
      }
    });
  }
}
