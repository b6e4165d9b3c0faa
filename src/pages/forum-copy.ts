/** The comment section's words: formal "Sie", or "du" and simpler words in the youth forum. */
export const FORUM_COPY = {
  everyone: {
    heading: 'Kommentare',
    formHeading: 'Ihr Kommentar',
    bodyLabel: 'Ihr Kommentar zu diesem Handlungsansatz',
    bodyHint: 'Höchstens 3.000 Zeichen, höchstens 3 Links. Bitte beachten Sie die Netiquette.',
    replyLabel: 'Ihre Antwort',
    submit: 'Kommentar absenden',
    pendingNote: 'Ihr Kommentar wartet auf Freigabe durch die Moderation.',
    loginPrompt: 'Um mitzudiskutieren, melden Sie sich bitte an oder registrieren Sie sich.',
    empty: 'Noch keine Kommentare. Schreiben Sie den ersten!',
  },
  youth: {
    heading: 'Kommentare',
    formHeading: 'Dein Kommentar',
    bodyLabel: 'Was denkst du zu diesem Thema?',
    bodyHint: 'Höchstens 3.000 Zeichen und 3 Links. Bleib fair – das steht in der Netiquette.',
    replyLabel: 'Deine Antwort',
    submit: 'Kommentar schicken',
    pendingNote: 'Dein Kommentar wird kurz geprüft und dann freigeschaltet.',
    loginPrompt: 'Melde dich an oder registriere dich, um mitzumachen.',
    empty: 'Noch keine Kommentare. Schreib den ersten!',
  },
} as const;
