// The plumbing under every feature: CSRF, malformed input, the schema, demo data, jobs and mail.
// One Jest file, so that the app's modules are evaluated once for all of its test modules; each
// module keeps its own describe, app and database (README, "Tests").
import './platform/csrf.tests.js';
import './platform/malformed-input.tests.js';
import './platform/schema.tests.js';
import './platform/demo-data.tests.js';
import './platform/job-wake.tests.js';
import './platform/mail-outage.tests.js';
