export const ROLES = [
  'citizen',
  'moderator',
  'organizer',
  'press',
  'editor',
  'delegate',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  citizen: 'Bürgerin/Bürger',
  moderator: 'Moderation',
  organizer: 'Veranstaltungsorganisation',
  press: 'Pressestelle',
  editor: 'Redaktion',
  delegate: 'Delegierte/r',
  admin: 'Administration',
};

/** Roles that open the back office. */
export const STAFF_ROLES: Role[] = ROLES.filter((role) => role !== 'citizen');

/** What the session knows about the signed-in user (loaded fresh on every request). */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
}

export function hasRole(user: SessionUser | undefined, roles: readonly Role[]): boolean {
  if (!user) return false;
  if (user.roles.includes('admin')) return true;
  return roles.length === 0 || roles.some((role) => user.roles.includes(role));
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    /** What passport puts on request.user: the session's user, loaded fresh per request. */
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends SessionUser {}
  }
}
