export const EVENT_FORMATS = {
  regional_forum: 'Regionalforum',
  expert_forum: 'Fachforum',
  youth_forum: 'Jugendforum',
  committee_workshop: 'Ausschuss-Workshop',
  strategy_conference: 'Strategiekonferenz',
  expert_talk: 'Fachgespräch',
  online_forum_kickoff: 'Onlineforum-Auftakt',
  district_council: 'Kreistag',
  other: 'Sonstige',
} as const;
export type EventFormat = keyof typeof EVENT_FORMATS;
export const EVENT_FORMAT_KEYS = Object.keys(EVENT_FORMATS) as EventFormat[];

/** URL values of the format filter on /veranstaltungen. */
export const FORMAT_SLUGS: Record<EventFormat, string> = {
  regional_forum: 'regionalforum',
  expert_forum: 'fachforum',
  youth_forum: 'jugendforum',
  committee_workshop: 'ausschuss-workshop',
  strategy_conference: 'strategiekonferenz',
  expert_talk: 'fachgespraech',
  online_forum_kickoff: 'onlineforum-auftakt',
  district_council: 'kreistag',
  other: 'sonstige',
};

export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
