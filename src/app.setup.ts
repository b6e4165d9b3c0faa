import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { create } from 'express-handlebars';
import type { Logger } from 'pino';
import type { AppConfig } from './config/app-config.js';
import { ErrorPageFilter } from './common/errors/error-page.filter.js';
import { layoutLocals } from './common/layout/layout.middleware.js';
import { createHttpLogger } from './common/logging/logger.js';
import { securityHeaders } from './common/security/helmet.js';
import { viewHelpers } from './common/views/view-helpers.js';
import { projectRoot } from './project-root.js';

const KERN_DIST = join(projectRoot, 'node_modules', '@kern-ux', 'native', 'dist');

/** Everything around the Nest routes: logging, headers, views, static files, errors. */
export function configureApp(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  const production = config.NODE_ENV === 'production';
  app.set('trust proxy', config.TRUST_PROXY ? 1 : false);
  app.disable('x-powered-by');
  app.use(createHttpLogger(logger));
  app.use(securityHeaders(production));
  app.use(layoutLocals(config));

  const views = join(projectRoot, 'views');
  const handlebars = create({
    extname: '.hbs',
    layoutsDir: join(views, 'layouts'),
    partialsDir: join(views, 'partials'),
    defaultLayout: 'main',
    helpers: viewHelpers,
  });
  app.engine('hbs', handlebars.engine);
  app.setViewEngine('hbs');
  app.setBaseViewsDir(views);
  if (config.NODE_ENV !== 'development') app.enable('view cache');

  const staticOptions = { maxAge: production ? '7d' : 0, index: false, fallthrough: true };
  app.useStaticAssets(join(projectRoot, 'public'), { prefix: '/static/', ...staticOptions });
  app.useStaticAssets(KERN_DIST, { prefix: '/static/kern/', ...staticOptions });

  app.useGlobalFilters(new ErrorPageFilter(logger));
  app.enableShutdownHooks();
}
