import { ROLE_LABELS, STAFF_ROLES } from '../common/auth/roles.js';
import { looksLike, startsLike } from '../common/text/confusable-skeleton.js';

/**
 * How a display name is stored: NFKC (full-width letters, composed and decomposed umlauts become
 * one form), without invisible characters (zero-width spaces and joiners, bidi marks, fillers,
 * control characters), with single spaces.
 */
export function normaliseDisplayName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/\p{Cc}/gu, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Names of the portal's offices and roles: a citizen's name must not look like one of them. */
const RESERVED_NAMES = [
  ...STAFF_ROLES.map((role) => ROLE_LABELS[role].split('/')[0]),
  'Admin',
  'Moderator',
  'Landkreis',
  'Kreisverwaltung',
  'Verwaltung',
  'Landrat',
  'Landrätin',
  'Kreistag',
  'Beteiligungsportal',
  'Support',
  'Offiziell',
];

const WORD_SEPARATORS = /[ ._'-]+/;

export const DISPLAY_NAME_PROBLEMS = {
  mixedScripts:
    'Bitte verwenden Sie im Anzeigenamen Buchstaben aus nur einer Schrift (z. B. nur lateinische oder nur kyrillische): Gemischte Schriften sehen leicht wie ein anderer Name aus.',
  reserved:
    'Dieser Anzeigename kann mit einer Stelle oder Rolle des Portals verwechselt werden (z. B. „Moderation“, „Redaktion“, „Verwaltung“). Bitte wählen Sie einen anderen.',
  staff:
    'Dieser Anzeigename ist leicht mit dem Namen einer Person zu verwechseln, die das Portal betreut. Bitte wählen Sie einen anderen.',
};

/** Scripts whose letters look alike; one name uses at most one of them. */
const LOOK_ALIKE_SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Greek}/u, /\p{Script=Cyrillic}/u];

/**
 * A German message when a (normalised) display name could pass for an office of the portal or
 * for one of the people who run it (compared by their Unicode TR39 skeletons), null when it is
 * fine. A reserved word counts at the start of any word and of the name without separators.
 */
export function displayNameProblem(name: string, staffNames: string[]): string | null {
  if (LOOK_ALIKE_SCRIPTS.filter((script) => script.test(name)).length > 1) {
    return DISPLAY_NAME_PROBLEMS.mixedScripts;
  }
  const joined = name.split(WORD_SEPARATORS).join('');
  const parts = [...name.split(WORD_SEPARATORS), joined];
  if (RESERVED_NAMES.some((reserved) => parts.some((part) => startsLike(part, reserved)))) {
    return DISPLAY_NAME_PROBLEMS.reserved;
  }
  if (staffNames.some((staff) => looksLike(joined, staff.split(WORD_SEPARATORS).join('')))) {
    return DISPLAY_NAME_PROBLEMS.staff;
  }
  return null;
}
