import { checkBackOfficeArea } from '../../support/backoffice-pages.js';
import { describeInBrowser } from '../../support/browser.js';

describeInBrowser(
  'back-office pages of participation, prioritisation, accounts and the rest in a real browser',
  () => {
    checkBackOfficeArea('rest');
  },
);
