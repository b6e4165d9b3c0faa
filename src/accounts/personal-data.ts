import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';

/**
 * Every feature that stores something about a user implements this once, so that the data
 * export (/konto/daten) and the account deletion (/konto/loeschen) forget nothing.
 */
export interface PersonalDataProvider {
  /** The key of this feature's part in the export, in German, e.g. "kommentare". */
  readonly exportKey: string;
  export(userId: string): Promise<unknown>;
  /** Removes personal data or detaches public contributions, inside the deletion's transaction. */
  erase(userId: string, manager: EntityManager): Promise<void>;
}

export const AsPersonalDataProvider = DiscoveryService.createDecorator();
