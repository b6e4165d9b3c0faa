// Accounts over HTTP: sign-up, sign-in, own data, and the signed-in pages on two instances.
// One Jest file, so that the app's modules are evaluated once for all of its test modules; each
// module keeps its own describe, app and database (README, "Tests").
import './accounts/accounts.tests.js';
import './accounts/signed-in-page.tests.js';
