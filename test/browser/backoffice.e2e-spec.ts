// Every back-office page in a real browser, by area.
// One Jest file, so that the app's modules are evaluated once for all of its test modules; each
// module keeps its own describe, app and database (README, "Tests").
import './backoffice/events.tests.js';
import './backoffice/participation.tests.js';
import './backoffice/press.tests.js';
