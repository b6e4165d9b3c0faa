// Every page on a narrow screen (WCAG 1.4.10), public and back office.
// One Jest file, so that the app's modules are evaluated once for all of its test modules; each
// module keeps its own describe, app and database (README, "Tests").
import './reflow/public.tests.js';
import './reflow/backoffice.tests.js';
