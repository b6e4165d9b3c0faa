// Content over HTTP: press, static pages, contacts, documents (local and in S3).
// One Jest file, so that the app's modules are evaluated once for all of its test modules; each
// module keeps its own describe, app and database (README, "Tests").
import './content/press.tests.js';
import './content/pages.tests.js';
import './content/contacts.tests.js';
import './content/documents.tests.js';
import './content/documents-s3.tests.js';
