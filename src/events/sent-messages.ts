import { formatDateTime } from '../common/views/berlin-time.js';
import type { EventMessage } from './entities/event-message.entity.js';
import { RECIPIENT_GROUP_LABELS } from './events-admin.service.js';

/** The record of sent messages as the organizer's pages list it. */
export function sentMessageRows(messages: EventMessage[]) {
  return messages.map((message) => ({
    sentAt: formatDateTime(message.sentAt),
    senderName: message.senderName,
    subject: message.subject,
    group: RECIPIENT_GROUP_LABELS[message.recipientGroup],
    count: message.recipientCount,
  }));
}
