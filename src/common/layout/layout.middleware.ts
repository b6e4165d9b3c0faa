import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../../config/app-config.js';
import { STAFF_ROLES, hasRole } from '../auth/roles.js';
import { assetVersion } from './asset-version.js';

/** The main navigation's entries by the first segment of the path they lead to. */
const NAV_SECTIONS = ['kek', 'veranstaltungen', 'presse', 'prioritaeten', 'beteiligung'];

/**
 * Data every page's layout needs, set first: error pages for requests refused before the
 * session is read (malformed address, oversize body) still show the portal's name.
 */
export function siteLocals(config: AppConfig) {
  const site = {
    name: config.PORTAL_NAME,
    district: config.DISTRICT_NAME,
    assetVersion: assetVersion(),
  };
  return (request: Request, response: Response, next: NextFunction): void => {
    response.locals.site = site;
    response.locals.currentPath = request.path;
    // The header's login and sign-up links bring people back to the page they were on.
    const back =
      request.method === 'GET' && request.path !== '/' && !request.path.startsWith('/konto')
        ? `?zurueck=${encodeURIComponent(request.originalUrl)}`
        : '';
    response.locals.loginUrl = `/konto/anmelden${back}`;
    response.locals.registerUrl = `/konto/registrieren${back}`;
    const section = request.path.split('/')[1];
    response.locals.navSection = NAV_SECTIONS.includes(section) ? section : null;
    next();
  };
}

/** Who is signed in, for the header; set once the session is read. */
export function userLocals() {
  return (request: Request, response: Response, next: NextFunction): void => {
    const user = request.user;
    response.locals.currentUser = user;
    response.locals.isStaff = user ? hasRole(user, STAFF_ROLES) : false;
    // Signed-in pages are never cached, so the link varies only for the editor who sees it.
    response.locals.canEditConcept = hasRole(user, ['editor']);
    next();
  };
}
