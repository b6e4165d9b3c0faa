import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { create } from 'express-handlebars';
import passport from 'passport';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { ErrorPageFilter } from './common/errors/error-page.filter.js';
import { formBodies } from './common/forms/form-bodies.js';
import { createValidationPipe } from './common/forms/validation.pipe.js';
import { siteLocals, userLocals } from './common/layout/layout.middleware.js';
import { createHttpLogger } from './common/logging/logger.js';
import { pageEtag } from './common/page-cache/cached-page.js';
import { ContentChanges } from './common/page-cache/content-changes.js';
import { PageCache } from './common/page-cache/page-cache.service.js';
import { securityHeaders } from './common/security/helmet.js';
import { refuseMalformedUrls } from './common/security/malformed-url.js';
import { noStoreForPersonalPages } from './common/security/no-store.middleware.js';
import { AppSecrets } from './config/app-secrets.js';
import { poolOf } from './database/prepared-query.js';
import { CsrfProtection } from './common/session/csrf-protection.js';
import {
  flashMessages,
  saveSessionBeforeRedirect,
  SessionStore,
} from './common/session/web-session.js';
import { VIEW_COMPILE_OPTIONS, compiledViews } from './common/views/compiled-views.js';
import { readerPartHelpers } from './common/views/reader-parts.js';
import { sameForEveryReader } from './common/views/same-for-every-reader.js';
import { viewHelpers } from './common/views/view-helpers.js';
import type { AppConfig } from './config/app-config.js';
import { projectRoot } from './project-root.js';

const KERN_DIST = join(projectRoot, 'node_modules', '@kern-ux', 'native', 'dist');

/**
 * Everything around the Nest routes, in order: logging, headers, malformed addresses, static
 * files, form bodies, sessions, CSRF, views, errors.
 */
export function configureApp(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  app.set('trust proxy', config.TRUST_PROXY ? 1 : false);
  app.disable('x-powered-by');
  app.set('etag', pageEtag);
  app.use(createHttpLogger(logger));
  app.use(securityHeaders(config.servesHttps));
  app.use(siteLocals(config));
  app.use(refuseMalformedUrls());

  // Pages link the stylesheet and script with their content's hash (siteLocals), so a week is safe.
  const staticOptions = { maxAge: config.LIVE_RELOAD ? 0 : '7d', index: false, fallthrough: true };
  app.useStaticAssets(join(projectRoot, 'public'), { prefix: '/static/', ...staticOptions });
  app.useStaticAssets(KERN_DIST, { prefix: '/static/kern/', ...staticOptions });

  app.use(app.get(PageCache).middleware());
  app.use(...formBodies());
  const pool = poolOf(app.get(DataSource));
  app.use(app.get(SessionStore).middleware(pool, app.get(AppSecrets).sessionSecret));
  app.use(saveSessionBeforeRedirect());
  app.use(passport.initialize());
  app.use(passport.session());
  app.use(noStoreForPersonalPages());
  app.use(userLocals());
  app.use(flashMessages());
  app.use(cookieParser());
  app.use(app.get(CsrfProtection).middleware());

  const views = join(projectRoot, 'views');
  const helpers = {
    ...viewHelpers,
    sameForEveryReader: sameForEveryReader(app.get(ContentChanges)),
    ...readerPartHelpers(app.get(ContentChanges)),
  };
  if (config.LIVE_RELOAD) {
    const handlebars = create({
      extname: '.hbs',
      layoutsDir: join(views, 'layouts'),
      partialsDir: join(views, 'partials'),
      defaultLayout: 'main',
      helpers,
      compilerOptions: VIEW_COMPILE_OPTIONS,
    });
    app.engine('hbs', handlebars.engine);
  } else {
    app.engine('hbs', compiledViews(views, helpers));
    app.enable('view cache');
  }
  app.setViewEngine('hbs');
  app.setBaseViewsDir(views);

  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorPageFilter(logger));
}
