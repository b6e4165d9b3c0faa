import { loadConfig } from '../config/app-config.js';
import { MailRenderer } from './mail-renderer.js';

describe('MailRenderer', () => {
  const renderer = new MailRenderer(
    loadConfig({ PORTAL_NAME: 'Testportal', BASE_URL: 'https://portal.test' }),
  );

  const templates = renderer.templateNames();

  it('finds the templates under views/mail', () => {
    expect(templates).toEqual(
      expect.arrayContaining([
        'confirm-email',
        'already-registered',
        'reset-password',
        'comment-approved',
        'comment-rejected',
        'comment-reply',
        'comment-answered',
        'comment-approved-youth',
        'comment-rejected-youth',
        'comment-reply-youth',
        'comment-answered-youth',
        'comment-hidden',
        'comment-hidden-youth',
        'comment-hidden-for-review',
        'comment-hidden-for-review-youth',
        'comment-restored',
        'comment-restored-youth',
        'report-outcome',
        'report-outcome-youth',
        'comment-digest',
        'moderation-waiting',
        'registration-update',
        'event-announcement',
        'capacity-notice',
        'round-invitation',
        'article-review-requested',
        'article-reviewed',
      ]),
    );
  });

  it.each(templates)(
    'renders %s as HTML and text with the portal name and the reason in the footer',
    (template) => {
      const mail = renderer.render({
        template,
        subject: 'Betreff',
        reason: 'Sie erhalten diese E-Mail, weil es einen Grund gibt.',
        data: {
          displayName: 'Anna <b>',
          confirmUrl: 'https://portal.test/a',
          resendUrl: 'https://portal.test/b',
          loginUrl: 'https://portal.test/c',
          resetUrl: 'https://portal.test/d',
          approachTitle: 'Vernetzung von Produzenten',
          processTitle: 'KEK-Online-Forum',
          commentUrl: 'https://portal.test/e',
          excerpt: 'Ein Kommentar',
          rejectionReason: 'Werbung',
          isDismissed: true,
          isHidden: false,
          isRemoved: false,
          answer: 'Die Antwort',
          unsubscribeUrl: 'https://portal.test/f',
          waiting: 2,
          name: 'Anna <b>',
          kind: 'confirm',
          isConfirm: true,
          isAlreadyRegistered: true,
          confirmBy: '1. Juli 2027, 10:10 Uhr',
          isSeat: true,
          isWaiting: true,
          isPending: true,
          isPromoted: true,
          isDeclined: false,
          isReminder: true,
          isCancelled: false,
          isWaitingList: true,
          holdMinutes: 10,
          waitingPosition: 3,
          manageUrl: 'https://portal.test/l',
          eventTitle: 'Regionalforum',
          eventWhen: '1. Juli 2027',
          eventWhere: 'Ludwigslust',
          eventUrl: 'https://portal.test/m',
          message: 'Eine Nachricht',
          greeting: 'Guten Tag Anna <b>,',
          declineReason: 'Zielgruppe',
          isCancelledEvent: false,
          percent: 80,
          taken: 48,
          capacity: 60,
          listUrl: 'https://portal.test/n',
          queueUrl: 'https://portal.test/g',
          roundTitle: 'Prioritätensetzung',
          body: 'Kreisausschuss',
          opensAt: '1. Juli 2027, 10:00 Uhr',
          closesAt: '31. Juli 2027, 18:00 Uhr',
          rateUrl: 'https://portal.test/o',
          submitterName: 'Pressestelle',
          reviewerName: 'Zweite Pressestelle',
          articleTitle: 'Neue Radwege',
          comment: 'Bitte die Zahlen prüfen.',
          reviewUrl: 'https://portal.test/p',
          articleUrl: 'https://portal.test/q',
          isPublished: false,
          isScheduled: true,
          isReturned: true,
          publishAt: new Date('2027-07-01T08:00:00Z'),
          sections: [
            {
              approachTitle: 'Ansatz',
              approachUrl: 'https://portal.test/h',
              unsubscribeUrl: 'https://portal.test/i',
              discussions: [
                {
                  processTitle: 'KEK-Online-Forum',
                  comments: [{ authorName: 'Anna', excerpt: 'Text', url: 'https://portal.test/j' }],
                },
              ],
            },
          ],
        },
      });
      expect(mail.html).toContain('<html lang="de">');
      expect(mail.html).toContain('Testportal');
      // Formal mails greet with "Guten Tag", those of a youth process with "Hallo".
      expect(mail.html).toMatch(/(Guten Tag|Hallo) Anna &lt;b&gt;/);
      expect(mail.html).toContain('weil es einen Grund gibt');
      expect(mail.text).toMatch(/(Guten Tag|Hallo) Anna <b>/);
      expect(mail.text).toContain('Sie erhalten diese E-Mail, weil es einen Grund gibt.');
      expect(mail.text).not.toMatch(/<(p|a|br)\b/);
    },
  );

  it('refuses to render with a missing value instead of sending a broken mail', () => {
    expect(() =>
      renderer.render({ template: 'confirm-email', subject: 'x', reason: 'y', data: {} }),
    ).toThrow();
  });
});
