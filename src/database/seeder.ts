import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';

export interface SeedContext {
  manager: EntityManager;
  /** True when demo accounts and demo content may be added (see AppConfig.allowsDemoData). */
  demo: boolean;
  log: (message: string) => void;
}

/**
 * A feature's seed. It must be idempotent and must never overwrite what an editor changed:
 * it only adds what is missing.
 */
export interface Seeder {
  seed(context: SeedContext): Promise<void>;
}

/** Marks a provider as a seeder; lower order runs first (the concept before what refers to it). */
export const AsSeeder = DiscoveryService.createDecorator<{ order: number }>();
