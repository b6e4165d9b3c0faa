// Events over HTTP: the public pages and registration, the organizer back office, concurrent registrations.
// One Jest file, so that the app's modules are evaluated once for all of its test modules; each
// module keeps its own describe, app and database (README, "Tests").
import './events/events.tests.js';
import './events/organizer.tests.js';
import './events/registration-concurrency.tests.js';
