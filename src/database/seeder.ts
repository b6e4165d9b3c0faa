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

/**
 * Finds each item in turn: a seed runs in one transaction, on one connection, which takes one
 * query at a time (pg warns on a second one sent while the first runs, and pg 9 will refuse it).
 */
export async function eachInTurn<T, R>(
  items: readonly T[],
  find: (item: T) => Promise<R>,
): Promise<R[]> {
  const found: R[] = [];
  for (const item of items) found.push(await find(item));
  return found;
}
