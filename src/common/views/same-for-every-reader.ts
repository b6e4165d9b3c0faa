import Handlebars from 'handlebars';
import type { ContentChanges } from '../page-cache/content-changes.js';

/**
 * `{{#sameForEveryReader "approach" approach.slug contentGeneration}}…{{/sameForEveryReader}}`:
 * a part of a page that shows content only (no account, form token, flash or time), rendered once
 * per content generation and shared by every reader's page, signed in or not.
 */
export function sameForEveryReader(changes: ContentChanges) {
  return function (
    this: unknown,
    kind: string,
    id: unknown,
    loadedIn: unknown,
    options: Handlebars.HelperOptions,
  ): Handlebars.SafeString {
    const render = () => options.fn(this);
    if (typeof loadedIn !== 'number') return new Handlebars.SafeString(render());
    return new Handlebars.SafeString(changes.keepRendered(`${kind}:${String(id)}`, loadedIn, render));
  };
}
