import type { Role } from '../../common/auth/roles.js';

/**
 * One account per role (two for the press office's four-eyes review) where demo data is allowed (AppConfig.allowsDemoData), and a young citizen
 * for the youth forum; printed at start-up.
 */
export const DEMO_PASSWORD = 'Demo-Zugang-2030';

export const DEMO_ACCOUNTS: { email: string; displayName: string; roles: Role[] }[] = [
  { email: 'buergerin@demo.kek.example', displayName: 'Bürgerin Demo', roles: ['citizen'] },
  { email: 'jugend@demo.kek.example', displayName: 'Mika (Demo)', roles: ['citizen'] },
  {
    email: 'moderation@demo.kek.example',
    displayName: 'Moderation Demo',
    roles: ['citizen', 'moderator'],
  },
  {
    email: 'veranstaltungen@demo.kek.example',
    displayName: 'Veranstaltungen Demo',
    roles: ['citizen', 'organizer'],
  },
  {
    email: 'presse@demo.kek.example',
    displayName: 'Pressestelle Demo',
    roles: ['citizen', 'press'],
  },
  // A second press account: articles are approved by someone other than their author (four eyes).
  {
    email: 'presse2@demo.kek.example',
    displayName: 'Pressestelle Freigabe Demo',
    roles: ['citizen', 'press'],
  },
  {
    email: 'redaktion@demo.kek.example',
    displayName: 'Redaktion Demo',
    roles: ['citizen', 'editor'],
  },
  {
    email: 'delegierte@demo.kek.example',
    displayName: 'Delegierte Demo',
    roles: ['citizen', 'delegate'],
  },
  {
    email: 'admin@demo.kek.example',
    displayName: 'Administration Demo',
    roles: ['citizen', 'admin'],
  },
];
