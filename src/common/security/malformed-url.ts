import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../errors/domain.error.js';

export class MalformedUrlError extends DomainError {
  constructor() {
    super(
      'malformed_url',
      400,
      'Die Adresse enthält Zeichen, die hier nicht vorkommen dürfen. Bitte prüfen Sie den Link oder beginnen Sie auf der Startseite.',
    );
  }
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses, before any route runs, what no page of the portal can mean: a NUL byte in path or query
 * (PostgreSQL cannot even compare it) and a path that is not valid percent-encoded UTF-8.
 */
export function refuseMalformedUrls() {
  return (request: Request, _response: Response, next: NextFunction): void => {
    const url = request.originalUrl;
    const path = url.split('?')[0];
    next(
      url.includes('%00') || url.includes('\0') || !decodes(path)
        ? new MalformedUrlError()
        : undefined,
    );
  };
}
