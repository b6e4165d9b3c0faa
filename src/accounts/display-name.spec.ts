import { DISPLAY_NAME_PROBLEMS, displayNameProblem, normaliseDisplayName } from './display-name.js';

describe('normaliseDisplayName', () => {
  it.each([
    ['decomposed umlauts become composed ones', 'Mu\u0308ller', 'Müller'],
    ['full-width letters and spaces become plain ones', 'Ｋｒｅｉｓ　Ｆａｎ', 'Kreis Fan'],
    ['mathematical letters become plain ones', '𝐀𝐧𝐧𝐚', 'Anna'],
    [
      'zero-width characters and joiners are removed',
      'An\u200Bna\u200D Bei\uFEFFspiel',
      'Anna Beispiel',
    ],
    ['bidi marks and control characters are removed', '\u202EAnna\u0007 Beispiel', 'Anna Beispiel'],
    ['invisible fillers are removed', 'Anna\u3164 Beispiel', 'Anna Beispiel'],
    ['runs of spaces become one', '  Anna \t  Beispiel ', 'Anna Beispiel'],
  ])('%s', (_case, given, expected) => {
    expect(normaliseDisplayName(given)).toBe(expected);
  });
});

describe('displayNameProblem', () => {
  const staff = ['Carla Kreisbeispiel', 'Bürgerin Demo'];

  it.each([
    'Moderation',
    'Moderation Demo',
    'moderationsteam',
    'M0derati0n',
    'Rnoderation Demo',
    'ADMIN',
    'Adm1n',
    'Administrator Anna',
    'A dmin',
    'Redaktion',
    'Pressestelle LUP',
    'Landkreis Ludwigslust-Parchim',
    'Team-Verwaltung',
    'Delegierte Demo',
  ])('refuses "%s": it looks like an office of the portal', (name) => {
    expect(displayNameProblem(normaliseDisplayName(name), staff)).toBe(
      DISPLAY_NAME_PROBLEMS.reserved,
    );
  });

  it.each(['Carla Kreisbeispiel', 'Carla.Kreisbeispiel', 'carlakreisbeispie1', 'BÜRGERIN DEMO'])(
    'refuses "%s": it looks like a staff member\'s name',
    (name) => {
      expect(displayNameProblem(normaliseDisplayName(name), staff)).toBe(
        DISPLAY_NAME_PROBLEMS.staff,
      );
    },
  );

  it.each(['Mоderation Demo', 'Аnna Beispiel', 'Αnna Beispiel'])(
    'refuses "%s": Latin mixed with Cyrillic or Greek letters',
    (name) => {
      expect(displayNameProblem(normaliseDisplayName(name), staff)).toBe(
        DISPLAY_NAME_PROBLEMS.mixedScripts,
      );
    },
  );

  it.each([
    'Anna Müller',
    'Badminton Fan',
    'Carla Kreis',
    'Олена Коваленко',
    'Κώστας Παπαδόπουλος',
    "Jo O'Neil",
  ])('accepts "%s"', (name) => {
    expect(displayNameProblem(normaliseDisplayName(name), staff)).toBeNull();
  });
});
