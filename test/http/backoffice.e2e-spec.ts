// The back office over HTTP: role guards on every route, parent and child objects, the dashboard.
// One Jest file, so that the app's modules are evaluated once for all of its test modules; each
// module keeps its own describe, app and database (README, "Tests").
import './backoffice/roles.tests.js';
import './backoffice/objects.tests.js';
import './backoffice/dashboard.tests.js';
