import Handlebars from 'handlebars';
import { formatDate, formatDateTime, isoDate } from './berlin-time.js';
import { renderInlineMarkdown, renderMarkdown } from './markdown.js';
import { csrfTokenOrSlot } from './reader-parts.js';

const safe = (html: string) => new Handlebars.SafeString(html);

/** The few helpers templates may use: formatting, comparisons and the CSRF token; no logic. */
export const viewHelpers = {
  markdown: (source: string | null | undefined) => safe(renderMarkdown(source ?? '')),
  inlineMarkdown: (source: string | null | undefined) => safe(renderInlineMarkdown(source ?? '')),
  date: (value: Date | string | null | undefined) => (value ? formatDate(value) : ''),
  dateTime: (value: Date | string | null | undefined) => (value ? formatDateTime(value) : ''),
  isoDate: (value: Date | string | null | undefined) => (value ? isoDate(value) : ''),
  eq: (left: unknown, right: unknown) => left === right,
  /** Equal as text: form values arrive as strings, ids from the database as numbers. */
  same: (left: unknown, right: unknown) => String(left) === String(right),
  or: (...values: unknown[]) => values.slice(0, -1).some(Boolean),
  /** A submitted form holds one ticked checkbox as a string, several as an array. */
  includes: (list: unknown, value: unknown) =>
    (Array.isArray(list) ? list : typeof list === 'string' ? [list] : []).some(
      (item) => String(item) === String(value),
    ),
  gt: (left: number, right: number) => left > right,
  lt: (left: number, right: number) => left < right,
  inc: (value: number) => value + 1,
  dec: (value: number) => value - 1,
  plural: (count: number, singular: string, pluralForm: string) =>
    `${count.toLocaleString('de-DE')} ${count === 1 ? singular : pluralForm}`,
  /** The CSRF token, issued on first use (see CsrfProtection.middleware). */
  csrfToken: csrfTokenOrSlot,
  json: (value: unknown) =>
    safe(JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')),
};
