import { checkBackOfficeArea } from '../../support/backoffice-pages.js';
import { describeInBrowser } from '../../support/browser.js';

describeInBrowser(
  'back-office pages of events, home-page slides and static pages in a real browser',
  () => {
    checkBackOfficeArea('events');
  },
);
