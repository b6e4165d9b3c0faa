import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';

/** One entry of a list on /konto, e.g. a comment with its state and a link to it. */
export interface AccountItem {
  title: string;
  url: string;
  state?: string;
  detail?: string;
  /** A button that posts (with the CSRF token) to this address, e.g. to unsubscribe. */
  action?: { url: string; label: string; returnTo: string };
}

/** A list on /konto of what the person has done or receives in one feature. */
export interface AccountSection {
  /** The anchor on /konto, e.g. "kommentare". */
  id: string;
  title: string;
  /** Shown instead of an empty list. */
  empty: string;
  /** Sections are shown in this order, lowest first. */
  order: number;
  items: AccountItem[];
}

/**
 * Every feature that stores something about a user implements this once, so that the data
 * export (/konto/daten) and the account deletion (/konto/loeschen) forget nothing, and /konto
 * lists what the person has done.
 */
export interface PersonalDataProvider {
  /** The key of this feature's part in the export, in German, e.g. "kommentare". */
  readonly exportKey: string;
  export(userId: string): Promise<unknown>;
  /** Removes personal data or detaches public contributions, inside the deletion's transaction. */
  erase(userId: string, manager: EntityManager): Promise<void>;
  /** The person's own entries for /konto, read-only summaries with links. */
  overview?(userId: string): Promise<AccountSection[]>;
}

export const AsPersonalDataProvider = DiscoveryService.createDecorator();
