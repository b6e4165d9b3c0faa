// The concept in a real browser: its editor and the prioritisation of its approaches.
// One Jest file, so that the app's modules are evaluated once for all of its test modules; each
// module keeps its own describe, app and database (README, "Tests").
import './concept/concept-editor.tests.js';
import './concept/prioritisation.tests.js';
