import { loadConfig } from '../config/app-config.js';
import { MailRenderer } from '../mail/mail-renderer.js';
import { type AuthorMail, TONES, type Tone } from './tone.js';

const FORMAL_ADDRESS = /\b(Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihnen)\b/;
const INFORMAL_ADDRESS = /\b(du|dich|dir|dein|deine|deinen|deinem|deiner)\b/i;
const DATE = new Date('2027-07-01T10:00:00Z');

/** Every text of a tone, with its functions called. */
function texts(tone: Tone): string[] {
  const collect = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : typeof value === 'function'
        ? [String((value as (...args: unknown[]) => unknown)(DATE, 'https://portal.test/x'))]
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(collect)
          : [];
  // Template names are not words anyone reads.
  const { subjects, reason, reportOutcome } = tone.mail;
  return collect({
    ...tone,
    mail: { subjects, reason, reportOutcome: [reportOutcome.subjects, reportOutcome.reason] },
  });
}

describe('tone of a process', () => {
  it('never addresses young people formally, and never addresses adults with "du"', () => {
    expect(texts(TONES.youth).filter((text) => FORMAL_ADDRESS.test(text))).toEqual([]);
    expect(texts(TONES.everyone).filter((text) => INFORMAL_ADDRESS.test(text))).toEqual([]);
  });

  it('sends mails about youth comments that say "du" and never "Sie"', () => {
    const renderer = new MailRenderer(loadConfig({ PORTAL_NAME: 'Testportal' }));
    for (const event of Object.keys(TONES.youth.mail.templates) as AuthorMail[]) {
      const mail = renderer.render({
        template: TONES.youth.mail.templates[event],
        subject: TONES.youth.mail.subjects[event],
        reason: TONES.youth.mail.reason('Testportal', 'https://portal.test/abbestellen'),
        data: {
          displayName: 'Mika',
          processTitle: 'Jugendforum',
          approachTitle: 'Bus und Bahn',
          commentUrl: 'https://portal.test/kommentar',
          excerpt: 'Mehr Busse am Abend.',
          rejectionReason: 'Werbung',
          answer: 'Danke!',
          unsubscribeUrl: 'https://portal.test/abbestellen',
        },
      });
      expect([event, FORMAL_ADDRESS.test(mail.text)]).toEqual([event, false]);
      expect([event, INFORMAL_ADDRESS.test(mail.text)]).toEqual([event, true]);
    }
    const { reportOutcome } = TONES.youth.mail;
    for (const outcome of ['dismissed', 'hidden', 'removed'] as const) {
      const mail = renderer.render({
        template: reportOutcome.template,
        subject: reportOutcome.subjects[outcome],
        reason: reportOutcome.reason('Testportal'),
        data: {
          displayName: 'Mika',
          processTitle: 'Jugendforum',
          approachTitle: 'Bus und Bahn',
          commentUrl: 'https://portal.test/kommentar',
          excerpt: 'Mehr Busse am Abend.',
          isDismissed: outcome === 'dismissed',
          isHidden: outcome === 'hidden',
          isRemoved: outcome === 'removed',
        },
      });
      expect([outcome, FORMAL_ADDRESS.test(mail.text)]).toEqual([outcome, false]);
      expect([outcome, INFORMAL_ADDRESS.test(mail.text)]).toEqual([outcome, true]);
    }
  });
});
