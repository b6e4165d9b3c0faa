import { csvFile } from '../common/text/csv.js';
import { utcToBerlinLocal } from '../common/views/berlin-local-time.js';
import type { Event } from './entities/event.entity.js';
import type { Registration } from './entities/registration.entity.js';

export const STATUS_LABELS: Record<Registration['status'], string> = {
  seat: 'Platz',
  waiting: 'Warteliste',
  declined: 'abgelehnt',
  cancelled: 'abgemeldet',
  expired: 'nicht bestätigt (verfallen)',
};

/** The organizer's view of each registration, with its state in plain German. */
export function registrationRows(event: Event, registrations: Registration[]) {
  let waiting = 0;
  return registrations.map((registration) => {
    const isWaiting = registration.status === 'waiting';
    if (isWaiting) waiting += 1;
    const pendingApproval =
      registration.status === 'seat' && event.approvalRequired && !registration.approvedAt;
    return {
      id: registration.id,
      name: registration.name ?? '(gelöscht)',
      email: registration.email ?? '',
      organization: registration.organization,
      dietaryNeeds: registration.dietaryNeeds,
      accessibilityNeeds: registration.accessibilityNeeds,
      freeAnswer: registration.freeAnswer,
      photoConsent: registration.photoConsent,
      participantListConsent: registration.participantListConsent,
      status: STATUS_LABELS[registration.status],
      isSeat: registration.status === 'seat',
      isWaiting,
      waitingPosition: isWaiting ? waiting : null,
      unconfirmed: !registration.emailConfirmedAt,
      pendingApproval,
      attended: Boolean(registration.attendedAt),
      createdAt: registration.createdAt,
    };
  });
}

/**
 * The list for spreadsheets: "Angemeldet am" as Berlin time "2026-05-04 18:30" (sorts as text), the
 * free question's answers headed with the question itself.
 */
export function registrationsCsv(event: Event, registrations: Registration[]): string {
  const header = [
    'Nr.',
    'Name',
    'E-Mail',
    'Organisation',
    'Status',
    'Wartelistenplatz',
    'E-Mail bestätigt',
    'Ernährung',
    'Barrierefreiheit',
    event.freeQuestion ?? 'Antwort',
    'Foto-Einwilligung',
    'Teilnehmerliste',
    'Anwesend',
    'Angemeldet am',
  ];
  return csvFile(
    header,
    registrationRows(event, registrations).map((row, index) => [
      index + 1,
      row.name,
      row.email,
      row.organization ?? '',
      row.pendingApproval ? 'Platz (wartet auf Annahme)' : row.status,
      row.waitingPosition ?? '',
      row.unconfirmed ? 'nein' : 'ja',
      row.dietaryNeeds ?? '',
      row.accessibilityNeeds ?? '',
      row.freeAnswer ?? '',
      row.photoConsent ? 'ja' : 'nein',
      row.participantListConsent ? 'ja' : 'nein',
      row.attended ? 'ja' : 'nein',
      utcToBerlinLocal(row.createdAt).replace('T', ' '),
    ]),
  );
}
