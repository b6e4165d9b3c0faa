import { ValidateBy, type ValidationOptions, isURL } from 'class-validator';

/**
 * One leading "/" and then no "//", no "\" (browsers read "/\evil.example" like "//evil.example",
 * another host), no white space or control characters (the URL parser drops tabs and line breaks,
 * which could join "/" and "/" again).
 */
const PORTAL_PATH = /^\/[^\s\\\p{Cc}]*$/u;

/** A link that stays inside the portal, e.g. "/kek" or "/dokumente/…/video.mp4". */
export function isPortalPath(value: unknown): value is string {
  return typeof value === 'string' && PORTAL_PATH.test(value) && !value.includes('//');
}

export function IsPortalPath(options?: ValidationOptions) {
  return ValidateBy({ name: 'isPortalPath', validator: { validate: isPortalPath } }, options);
}

/** A path inside the portal, or a full http(s) address elsewhere. */
export function IsPortalPathOrWebAddress(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isPortalPathOrWebAddress',
      validator: {
        validate: (value: unknown) =>
          isPortalPath(value) ||
          (typeof value === 'string' &&
            isURL(value, { protocols: ['http', 'https'], require_protocol: true })),
      },
    },
    options,
  );
}
