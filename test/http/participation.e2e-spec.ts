// Participation over HTTP: processes, the concept editor, implementation, prioritisation, the forum.
// One Jest file, so that the app's modules are evaluated once for all of its test modules; each
// module keeps its own describe, app and database (README, "Tests").
import './participation/processes.tests.js';
import './participation/process-migration.tests.js';
import './participation/concept-editor.tests.js';
import './participation/implementation.tests.js';
import './participation/prioritisation.tests.js';
import './participation/forum.tests.js';
