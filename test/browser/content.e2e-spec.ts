// Public content in a real browser: the public pages, static pages and contacts, the press office.
// One Jest file, so that the app's modules are evaluated once for all of its test modules; each
// module keeps its own describe, app and database (README, "Tests").
import './content/public-pages.tests.js';
import './content/contacts.tests.js';
import './content/press.tests.js';
