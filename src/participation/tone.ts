import { formatDate, formatDateTime } from '../common/views/berlin-time.js';
import { type WaitWording, formalWaitWording } from '../common/errors/too-many-requests.error.js';
import type { Audience, ParticipationProcess } from './entities/participation-process.entity.js';
import type { ProcessState } from './process-scope.js';

export type AuthorMail =
  'approved' | 'rejected' | 'hidden' | 'hiddenForReview' | 'restored' | 'reply' | 'answered';

/** What the people who reported a comment are told once a moderator has decided. */
export type ReportOutcome = 'dismissed' | 'hidden' | 'removed';

/**
 * Everything a process says to its participants: formal "Sie" for everyone, "du" and simple
 * words in a youth process. Pages, flashes and mails about a process's comments take their words
 * from here, so the two voices never mix.
 */
export interface Tone {
  /** The discussion on an approach page. */
  forum: {
    bodyLabel: string;
    bodyHint: string;
    replyLabel: string;
    submit: string;
    replySubmit: string;
    reply: string;
    loginPrompt: string;
    empty: string;
    supported: string;
    deleteOwn: string;
    notSent: string;
    moderatedNote: string;
    openUntil: (endsAt: Date) => string;
    closedOn: (endsAt: Date) => string;
    /** The heading of the error summary above a refused comment. */
    errorTitle: string;
  };
  /** The process's own page. */
  page: {
    intro: string;
    join: string;
    signUp: string;
    topics: string;
    mostDiscussed: string;
    events: string;
  };
  flashes: {
    comment: { published: string; pending: string };
    reply: { published: string; pending: string };
    supported: string;
    supportWithdrawn: string;
    reported: string;
    deleted: string;
  };
  errors: {
    /** Replaces the form's generic messages about an empty or too long text; null keeps them. */
    invalidBody: string | null;
    notYetOpen: (startsAt: Date) => string;
    ended: string;
    notCovered: string;
    retired: string;
    tooManyLinks: (max: number) => string;
    tooFast: WaitWording;
    duplicate: string;
    replyClosed: string;
    alreadyReported: string;
  };
  report: { intro: string; submit: string };
  deletion: { question: string; consequence: string };
  mail: {
    templates: Record<AuthorMail, string>;
    subjects: Record<AuthorMail, string>;
    reason: (portalName: string, unsubscribeUrl: string) => string;
    /** To each person who reported the comment; it never names the author to them or them to the author. */
    reportOutcome: {
      template: string;
      subjects: Record<ReportOutcome, string>;
      reason: (portalName: string) => string;
    };
  };
}

const FORMAL: Tone = {
  forum: {
    bodyLabel: 'Ihr Kommentar zu diesem Handlungsansatz',
    bodyHint: 'Höchstens 3.000 Zeichen, höchstens 3 Links. Bitte beachten Sie die Netiquette.',
    replyLabel: 'Ihre Antwort',
    submit: 'Kommentar absenden',
    replySubmit: 'Antwort absenden',
    reply: 'Antworten',
    loginPrompt: 'Um mitzudiskutieren, melden Sie sich bitte an oder registrieren Sie sich.',
    empty: 'Noch keine Kommentare. Schreiben Sie den ersten!',
    supported: 'Sie stimmen zu',
    deleteOwn: 'Meinen Kommentar löschen …',
    notSent: 'Ihr Text wurde nicht gesendet – Sie können ihn hier kopieren:',
    moderatedNote: 'Kommentare erscheinen nach Prüfung durch die Moderation.',
    openUntil: (endsAt) => `Sie können bis ${formatDateTime(endsAt)} kommentieren.`,
    closedOn: (endsAt) =>
      `Diese Online-Beteiligung endete am ${formatDateTime(endsAt)}. Die Kommentare bleiben nachzulesen.`,
    errorTitle: 'Bitte prüfen Sie Ihre Angaben',
  },
  page: {
    intro: 'Diskutieren Sie mit: Zu jedem dieser Handlungsansätze können Sie kommentieren.',
    join: 'Zu den Handlungsansätzen und mitdiskutieren',
    signUp: 'Zum Mitdiskutieren brauchen Sie ein Konto.',
    topics: 'Handlungsansätze in diesem Verfahren',
    mostDiscussed: 'Am meisten diskutiert',
    events: 'Veranstaltungen dazu',
  },
  flashes: {
    comment: {
      published: 'Danke! Ihr Kommentar ist veröffentlicht.',
      pending: 'Danke! Ihr Kommentar wartet auf Freigabe durch die Moderation.',
    },
    reply: {
      published: 'Danke! Ihre Antwort ist veröffentlicht.',
      pending: 'Danke! Ihre Antwort wartet auf Freigabe durch die Moderation.',
    },
    supported: 'Danke! Ihre Zustimmung ist gezählt.',
    supportWithdrawn: 'Ihre Zustimmung ist zurückgenommen.',
    reported: 'Danke für Ihre Meldung. Die Moderation sieht sich den Kommentar an.',
    deleted: 'Ihr Kommentar ist gelöscht.',
  },
  errors: {
    invalidBody: null,
    notYetOpen: (startsAt) =>
      `Diese Online-Beteiligung ist noch nicht geöffnet. Sie beginnt am ${formatDate(startsAt)}.`,
    ended: 'Diese Online-Beteiligung ist beendet. Kommentare sind nicht mehr möglich.',
    notCovered: 'In dieser Online-Beteiligung geht es nicht um diesen Handlungsansatz.',
    retired: 'Dieser Handlungsansatz ist zurückgezogen. Neue Kommentare sind nicht mehr möglich.',
    tooManyLinks: (max) => `Bitte nennen Sie höchstens ${max} Links in einem Kommentar.`,
    tooFast: formalWaitWording,
    duplicate: 'Diesen Kommentar haben Sie hier bereits geschrieben.',
    replyClosed: 'Auf diesen Kommentar kann nicht mehr geantwortet werden.',
    alreadyReported: 'Sie haben diesen Kommentar bereits gemeldet.',
  },
  report: {
    intro:
      'Verstößt der Kommentar gegen die Netiquette? Bitte nennen Sie den Grund. Nach mehreren Meldungen wird ein Kommentar ausgeblendet, bis die Moderation entschieden hat.',
    submit: 'Meldung absenden',
  },
  deletion: {
    question: 'Ihren Kommentar wirklich löschen?',
    consequence:
      'Sein Text verschwindet; Antworten anderer bleiben stehen. Das lässt sich nicht rückgängig machen.',
  },
  mail: {
    templates: {
      approved: 'comment-approved',
      rejected: 'comment-rejected',
      hidden: 'comment-hidden',
      hiddenForReview: 'comment-hidden-for-review',
      restored: 'comment-restored',
      reply: 'comment-reply',
      answered: 'comment-answered',
    },
    subjects: {
      approved: 'Ihr Kommentar ist veröffentlicht',
      rejected: 'Ihr Kommentar wurde nicht veröffentlicht',
      hidden: 'Ihr Kommentar ist ausgeblendet',
      hiddenForReview: 'Ihr Kommentar wurde gemeldet und ist bis zur Prüfung ausgeblendet',
      restored: 'Ihr Kommentar ist wieder sichtbar',
      reply: 'Neue Antwort auf Ihren Kommentar',
      answered: 'Stellungnahme des Landkreises zu Ihrem Kommentar',
    },
    reason: (portalName, unsubscribeUrl) =>
      `Sie erhalten diese E-Mail, weil Sie im ${portalName} kommentiert haben. Abbestellen: ${unsubscribeUrl}`,
    reportOutcome: {
      template: 'report-outcome',
      subjects: {
        dismissed: 'Ihre Meldung: Der Kommentar bleibt sichtbar',
        hidden: 'Ihre Meldung: Der Kommentar ist ausgeblendet',
        removed: 'Ihre Meldung: Der Kommentar ist entfernt',
      },
      reason: (portalName) =>
        `Sie erhalten diese E-Mail einmalig, weil Sie im ${portalName} einen Kommentar gemeldet haben.`,
    },
  },
};

const YOUTH: Tone = {
  forum: {
    bodyLabel: 'Was denkst du zu diesem Thema?',
    bodyHint: 'Höchstens 3.000 Zeichen und 3 Links. Bleib fair – das steht in der Netiquette.',
    replyLabel: 'Deine Antwort',
    submit: 'Kommentar schicken',
    replySubmit: 'Antwort schicken',
    reply: 'Antworten',
    loginPrompt: 'Melde dich an oder registriere dich, um mitzumachen.',
    empty: 'Noch keine Kommentare. Schreib den ersten!',
    supported: 'Du stimmst zu',
    deleteOwn: 'Meinen Kommentar löschen …',
    notSent: 'Dein Text ist nicht angekommen. Hier kannst du ihn kopieren:',
    moderatedNote: 'Jemand vom Team liest jeden Kommentar, bevor er online geht.',
    openUntil: (endsAt) => `Du kannst bis ${formatDateTime(endsAt)} mitmachen.`,
    closedOn: (endsAt) =>
      `Diese Runde war am ${formatDateTime(endsAt)} vorbei. Du kannst die Kommentare aber weiter lesen.`,
    errorTitle: 'Bitte schau noch mal drüber',
  },
  page: {
    intro: 'Mach mit: Zu diesen Themen kannst du deine Meinung und deine Ideen schreiben.',
    join: 'Zu den Themen – mach mit!',
    signUp: 'Zum Mitmachen brauchst du ein Konto. Das geht schnell.',
    topics: 'Die Themen',
    mostDiscussed: 'Hier wird am meisten geschrieben',
    events: 'Treffen vor Ort',
  },
  flashes: {
    comment: {
      published: 'Danke! Dein Kommentar ist jetzt online.',
      pending: 'Danke! Dein Kommentar wird kurz geprüft und dann freigeschaltet.',
    },
    reply: {
      published: 'Danke! Deine Antwort ist jetzt online.',
      pending: 'Danke! Deine Antwort wird kurz geprüft und dann freigeschaltet.',
    },
    supported: 'Danke! Deine Zustimmung ist gezählt.',
    supportWithdrawn: 'Deine Zustimmung ist zurückgenommen.',
    reported: 'Danke, dass du Bescheid gesagt hast. Wir sehen uns den Kommentar an.',
    deleted: 'Dein Kommentar ist gelöscht.',
  },
  errors: {
    invalidBody: 'Schreib bitte etwas. Es dürfen höchstens 3.000 Zeichen sein.',
    notYetOpen: (startsAt) => `Hier geht es erst am ${formatDate(startsAt)} los.`,
    ended: 'Diese Runde ist vorbei. Du kannst keine neuen Kommentare mehr schreiben.',
    notCovered: 'In dieser Runde geht es nicht um dieses Thema.',
    retired: 'Dieses Thema gibt es so nicht mehr. Neue Kommentare gehen hier nicht mehr.',
    tooManyLinks: (max) => `Bitte nimm höchstens ${max} Links in einen Kommentar.`,
    tooFast: (wait) =>
      `Du schreibst gerade sehr viel auf einmal. Warte bitte ${wait} und versuch es dann noch mal.`,
    duplicate: 'Diesen Kommentar hast du hier schon geschrieben.',
    replyClosed: 'Auf diesen Kommentar kannst du nicht mehr antworten.',
    alreadyReported: 'Du hast diesen Kommentar schon gemeldet.',
  },
  report: {
    intro:
      'Ist der Kommentar unfair, gemein oder Werbung? Sag uns bitte, warum. Wenn mehrere Leute einen Kommentar melden, verschwindet er, bis wir ihn geprüft haben.',
    submit: 'Meldung schicken',
  },
  deletion: {
    question: 'Deinen Kommentar wirklich löschen?',
    consequence:
      'Dein Text ist dann weg. Antworten von anderen bleiben stehen. Das kannst du nicht rückgängig machen.',
  },
  mail: {
    templates: {
      approved: 'comment-approved-youth',
      rejected: 'comment-rejected-youth',
      hidden: 'comment-hidden-youth',
      hiddenForReview: 'comment-hidden-for-review-youth',
      restored: 'comment-restored-youth',
      reply: 'comment-reply-youth',
      answered: 'comment-answered-youth',
    },
    subjects: {
      approved: 'Dein Kommentar ist jetzt online',
      rejected: 'Dein Kommentar ist nicht online gegangen',
      hidden: 'Dein Kommentar ist nicht mehr zu sehen',
      hiddenForReview: 'Dein Kommentar wurde gemeldet und ist erst mal nicht zu sehen',
      restored: 'Dein Kommentar ist wieder online',
      reply: 'Jemand hat auf deinen Kommentar geantwortet',
      answered: 'Der Landkreis hat auf deinen Kommentar geantwortet',
    },
    reason: (portalName, unsubscribeUrl) =>
      `Du bekommst diese E-Mail, weil du im ${portalName} etwas geschrieben hast. Keine E-Mails mehr: ${unsubscribeUrl}`,
    reportOutcome: {
      template: 'report-outcome-youth',
      subjects: {
        dismissed: 'Deine Meldung: Der Kommentar bleibt online',
        hidden: 'Deine Meldung: Der Kommentar ist nicht mehr zu sehen',
        removed: 'Deine Meldung: Der Kommentar ist gelöscht',
      },
      reason: (portalName) =>
        `Du bekommst diese E-Mail einmal, weil du im ${portalName} einen Kommentar gemeldet hast.`,
    },
  },
};

export const TONES: Record<Audience, Tone> = { everyone: FORMAL, youth: YOUTH };

export function toneOf(process: { audience: Audience }): Tone {
  return TONES[process.audience];
}

/** When the process can be joined, in its own words. */
export function periodNote(
  process: Pick<ParticipationProcess, 'audience' | 'startsAt' | 'endsAt'>,
  state: ProcessState,
): string {
  const { forum, errors } = toneOf(process);
  switch (state) {
    case 'upcoming':
      return errors.notYetOpen(process.startsAt);
    case 'open':
      return forum.openUntil(process.endsAt);
    case 'closed':
      return forum.closedOn(process.endsAt);
  }
}
