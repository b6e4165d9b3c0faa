// What the portal keeps: the page cache, Cache-Control headers, read models in memory.
// One Jest file, so that the app's modules are evaluated once for all of its test modules; each
// module keeps its own describe, app and database (README, "Tests").
import './caching/page-cache.tests.js';
import './caching/cache-control.tests.js';
import './caching/read-models.tests.js';
