import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from './database-unavailable.js';
import { DomainError } from './domain.error.js';
import { LoginRequiredError } from './login-required.error.js';
import { TooManyRequestsError } from './too-many-requests.error.js';

const CSRF_MESSAGE =
  'Das Formular ist abgelaufen oder wurde nicht von dieser Website gesendet. Bitte laden Sie die Seite neu und senden Sie das Formular noch einmal.';

const DATABASE_UNAVAILABLE_MESSAGE =
  'Das Portal ist gleich wieder da. Bitte laden Sie die Seite in ein paar Sekunden neu. Wenn Sie gerade ein Formular gesendet haben, wurde es nicht gespeichert: Gehen Sie im Browser einen Schritt zurück und senden Sie es dann noch einmal.';
/** Seconds a client should wait before trying again while the database is unreachable. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

const TITLES: Record<number, string> = {
  400: 'Ungültige Anfrage',
  401: 'Anmeldung erforderlich',
  403: 'Zugriff verweigert',
  404: 'Seite nicht gefunden',
  405: 'Aktion nicht erlaubt',
  408: 'Zeitüberschreitung',
  413: 'Zu groß',
  415: 'Format nicht unterstützt',
  422: 'Eingaben unvollständig',
  429: 'Zu viele Anfragen',
  500: 'Interner Fehler',
  503: 'Vorübergehend nicht verfügbar',
};

const MESSAGES: Record<number, string> = {
  400: 'Die Anfrage konnte nicht verarbeitet werden. Bitte prüfen Sie Ihre Eingaben.',
  401: 'Bitte melden Sie sich an, um diese Seite zu sehen.',
  403: 'Sie haben keine Berechtigung für diese Seite oder Aktion.',
  404: 'Die aufgerufene Seite gibt es nicht (mehr). Vielleicht hilft Ihnen die Suche oder die Startseite weiter.',
  405: 'Diese Aktion ist an dieser Adresse nicht möglich.',
  408: 'Die Anfrage hat zu lange gedauert. Bitte versuchen Sie es noch einmal.',
  413: 'Die gesendeten Daten sind zu groß. Ihre Eingaben sind nicht verloren: Gehen Sie im Browser einen Schritt zurück, kürzen Sie den Text und senden Sie das Formular noch einmal.',
  415: 'Dieses Format wird nicht unterstützt.',
  422: 'Die Eingaben sind unvollständig oder fehlerhaft.',
  429: 'Sie haben zu viele Anfragen gestellt. Bitte warten Sie einen Moment.',
  500: 'Leider ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal.',
  503: 'Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es später noch einmal.',
};

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

/** Every error becomes a German page with the right status; unknown errors are logged with the request id. */
@Catch()
export class ErrorPageFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request & { id?: string }>();
    const response = context.getResponse<Response>();
    if (exception instanceof LoginRequiredError && !response.headersSent) {
      const back = request.method === 'GET' ? request.originalUrl : '/';
      response.redirect(303, `/konto/anmelden?zurueck=${encodeURIComponent(back)}`);
      return;
    }
    if (isDatabaseUnavailable(exception)) {
      this.renderDatabaseUnavailable(exception, request, response);
      return;
    }
    const status = this.statusOf(exception);
    const message = this.messageOf(exception, status);
    if (exception instanceof TooManyRequestsError) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    if (status >= 500) {
      this.logger.error({ err: exception, requestId: request.id }, 'request failed');
    }
    if (response.headersSent) return;
    response.status(status).render('errors/error', {
      pageTitle: TITLES[status] ?? TITLES[500],
      status,
      title: TITLES[status] ?? TITLES[500],
      message,
      requestId: status >= 500 ? request.id : undefined,
      isNotFound: status === 404,
    });
  }

  /** PostgreSQL is away (restart, failover): a short-lived state, not a bug in the portal. */
  private renderDatabaseUnavailable(
    exception: unknown,
    request: Request & { id?: string },
    response: Response,
  ): void {
    const reason = exception instanceof Error ? exception.message : String(exception);
    this.logger.warn({ requestId: request.id, reason }, 'database unreachable: answered 503');
    if (response.headersSent) return;
    const status = HttpStatus.SERVICE_UNAVAILABLE;
    response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    response.setHeader('Cache-Control', 'no-store');
    response.status(status).render('errors/error', {
      pageTitle: TITLES[status],
      status,
      title: TITLES[status],
      message: DATABASE_UNAVAILABLE_MESSAGE,
    });
  }

  private statusOf(exception: unknown): number {
    if (exception instanceof DomainError) return exception.status;
    if (exception instanceof HttpException) return exception.getStatus();
    // Errors from Express middleware (body parser: too large, malformed) carry their own status.
    const httpError = exception as HttpError;
    const status = httpError?.status ?? httpError?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 600 && httpError.expose !== false) {
      return status;
    }
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }

  private messageOf(exception: unknown, status: number): string {
    if (exception instanceof DomainError) return exception.message;
    // Nest wraps errors from Express middleware; the CSRF library's code survives as the cause.
    const error = exception as { code?: unknown; cause?: { code?: unknown } } | undefined;
    if ((error?.code ?? error?.cause?.code) === 'EBADCSRFTOKEN') return CSRF_MESSAGE;
    return MESSAGES[status] ?? MESSAGES[500];
  }
}
