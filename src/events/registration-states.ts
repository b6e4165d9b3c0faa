import { formatDateTime } from '../common/views/berlin-time.js';
import type { Event } from './entities/event.entity.js';
import type { Registration } from './entities/registration.entity.js';

/** What cancelling means for a registration in its state. */
export interface CancelWording {
  intro: string;
  label: string;
  /** The button on the confirm page. */
  confirm: string;
  consequence: string;
}

/** What a registration's own page says about it: only what is true in its state. */
export interface RegistrationState {
  heading: string;
  message: string;
  kind: 'success' | 'info' | 'warning';
  /** Only a seat that is confirmed (and approved, where needed) belongs in a calendar. */
  calendar: boolean;
  cancel: CancelWording | null;
}

const WITHDRAW = { label: 'Anmeldung zurückziehen', confirm: 'Ja, Anmeldung zurückziehen' };

export function registrationState(
  registration: Registration,
  event: Event,
  waitingPosition: number | undefined,
): RegistrationState {
  const open = event.status === 'published' && event.endsAt > new Date();
  const state = stateOf(registration, event, waitingPosition);
  if (event.status === 'cancelled') {
    return {
      heading: 'Die Veranstaltung ist abgesagt',
      message: `Die Veranstaltung findet nicht statt${event.cancellationReason ? `: ${event.cancellationReason}` : '.'}`,
      kind: 'warning',
      calendar: false,
      cancel: null,
    };
  }
  return { ...state, cancel: open ? state.cancel : null };
}

function stateOf(
  registration: Registration,
  event: Event,
  waitingPosition: number | undefined,
): RegistrationState {
  const inactive = { kind: 'info' as const, calendar: false, cancel: null };
  const confirmBy = registration.holdExpiresAt
    ? ` bis ${formatDateTime(registration.holdExpiresAt)}`
    : '';
  switch (registration.status) {
    case 'seat':
      if (!registration.emailConfirmedAt) {
        return {
          heading: 'Bitte bestätigen Sie Ihre Anmeldung',
          message: `Ihre Anmeldung ist noch nicht bestätigt. Bitte öffnen Sie den Link in unserer E-Mail${confirmBy}; so lange halten wir Ihren Platz frei. Ohne Bestätigung verfällt die Anmeldung.`,
          kind: 'warning',
          calendar: false,
          cancel: {
            intro: 'Sie möchten doch nicht teilnehmen?',
            ...WITHDRAW,
            consequence:
              'Ihre Anmeldung verfällt sofort, und der für Sie freigehaltene Platz wird frei.',
          },
        };
      }
      if (event.approvalRequired && !registration.approvedAt) {
        return {
          heading: 'Ihre Anmeldung ist eingegangen',
          message:
            'Die Veranstalter prüfen Ihre Anmeldung und melden sich per E-Mail mit einer Zu- oder Absage. Erst mit der Zusage ist Ihr Platz sicher.',
          kind: 'info',
          calendar: false,
          cancel: {
            intro: 'Sie möchten doch nicht teilnehmen?',
            ...WITHDRAW,
            consequence:
              'Ihre Anmeldung wird zurückgezogen; die Veranstalter entscheiden nicht mehr über sie.',
          },
        };
      }
      return {
        heading: 'Sie sind angemeldet',
        message: 'Ihre Anmeldung ist bestätigt: Sie sind angemeldet, Ihr Platz ist sicher.',
        kind: 'success',
        calendar: true,
        cancel: {
          intro:
            'Sie können nicht kommen? Bitte melden Sie sich ab, damit Ihr Platz für andere frei wird.',
          label: 'Von der Veranstaltung abmelden',
          confirm: 'Ja, abmelden',
          consequence: `Ihr Platz wird frei${event.waitingListEnabled ? ' und geht an die nächste Person auf der Warteliste' : ''}. Möchten Sie später doch kommen, müssen Sie sich neu anmelden – sofern dann noch Plätze frei sind.`,
        },
      };
    case 'waiting':
      if (!registration.emailConfirmedAt) {
        return {
          heading: 'Bitte bestätigen Sie Ihre Anmeldung',
          message: `Ihre Anmeldung ist noch nicht bestätigt. Die Veranstaltung ist ausgebucht: Bitte öffnen Sie den Link in unserer E-Mail${confirmBy}, dann kommen Sie auf die Warteliste. Ohne Bestätigung verfällt die Anmeldung.`,
          kind: 'warning',
          calendar: false,
          cancel: {
            intro: 'Sie möchten doch nicht auf die Warteliste?',
            ...WITHDRAW,
            consequence: 'Ihre Anmeldung verfällt sofort; Sie kommen nicht auf die Warteliste.',
          },
        };
      }
      return {
        heading: `Sie stehen auf Platz ${waitingPosition} der Warteliste`,
        message:
          'Die Veranstaltung ist ausgebucht, Sie haben noch keinen Platz. Wird einer frei, rücken Sie in der Reihenfolge der Anmeldungen nach und erhalten eine E-Mail.',
        kind: 'info',
        calendar: false,
        cancel: {
          intro: 'Sie möchten doch nicht nachrücken?',
          label: 'Von der Warteliste abmelden',
          confirm: 'Ja, von der Warteliste abmelden',
          consequence:
            'Sie werden von der Warteliste genommen; wer nach Ihnen steht, rückt einen Platz vor.',
        },
      };
    case 'cancelled':
      return {
        heading: 'Sie sind abgemeldet',
        message: `Sie haben sich${registration.cancelledAt ? ` am ${formatDateTime(registration.cancelledAt)}` : ''} von dieser Veranstaltung abgemeldet. Danke, dass Sie Bescheid gegeben haben. Möchten Sie doch teilnehmen, melden Sie sich bitte neu an.`,
        ...inactive,
      };
    case 'expired':
      return {
        heading: 'Anmeldung nicht mehr aktiv',
        message:
          'Diese Anmeldung ist nicht mehr aktiv: Sie wurde nicht rechtzeitig bestätigt, der Platz ist wieder frei. Bitte melden Sie sich bei Bedarf erneut an.',
        ...inactive,
      };
    case 'declined':
      return {
        heading: 'Anmeldung nicht berücksichtigt',
        message: 'Ihre Anmeldung konnte leider nicht berücksichtigt werden.',
        ...inactive,
      };
  }
}

/**
 * The answer to a registration by someone not signed in. A second registration with the same
 * address gets the same answer, so it depends only on the event, never on the address.
 */
export function checkMailState(waitingList: boolean, holdMinutes: number): RegistrationState {
  return {
    heading: 'Fast geschafft: Bitte bestätigen Sie Ihre Anmeldung',
    message: waitingList
      ? `Die Veranstaltung ist ausgebucht. Wir haben Ihnen eine E-Mail mit einem Bestätigungslink geschickt. Bitte öffnen Sie ihn innerhalb von ${holdMinutes} Minuten; erst dann stehen Sie auf der Warteliste. Ohne Bestätigung verfällt die Anmeldung.`
      : `Wir haben Ihnen eine E-Mail mit einem Bestätigungslink geschickt. Bitte öffnen Sie ihn innerhalb von ${holdMinutes} Minuten; so lange halten wir Ihren Platz frei. Ohne Bestätigung verfällt die Anmeldung.`,
    kind: 'warning',
    calendar: false,
    cancel: null,
  };
}
