// Participation in a real browser: processes side by side, the forum.
// One Jest file, so that the app's modules are evaluated once for all of its test modules; each
// module keeps its own describe, app and database (README, "Tests").
import './participation/processes.tests.js';
import './participation/forum.tests.js';
