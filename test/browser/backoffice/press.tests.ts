import { checkBackOfficeArea } from '../../support/backoffice-pages.js';
import { describeInBrowser } from '../../support/browser.js';

describeInBrowser('back-office pages of press, concept and contacts in a real browser', () => {
  checkBackOfficeArea('press');
});
