// Events in a real browser: the public pages, registering as a person would, the organizer tools.
// One Jest file, so that the app's modules are evaluated once for all of its test modules; each
// module keeps its own describe, app and database (README, "Tests").
import './events/events.tests.js';
import './events/registration-flow.tests.js';
import './events/organizer.tests.js';
