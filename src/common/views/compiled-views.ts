import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';

/**
 * A partial keeps the indentation of the line it is called on only in the page's source, not in
 * every line it renders: re-indenting splits and joins each partial's output on every render (a
 * tenth of a signed-in page's allocations), and it would change what a textarea holds.
 */
export const VIEW_COMPILE_OPTIONS: Parameters<typeof Handlebars.compile>[1] = { preventIndent: true };

type RenderCallback = (error: unknown, html?: string) => void;

/**
 * The page's own view is rendered inside the layout's render, as a partial in place of the
 * layout's `{{{body}}}`: a template rendered on its own wraps every helper again (twice per page),
 * a partial uses those of the render it is part of, and its output goes straight into the page.
 */
const PAGE_PARTIAL = 'page-view';
const PAGE_VIEW = Symbol('page view');
type PageContext = { [PAGE_VIEW]: Handlebars.TemplateDelegate };
type ViewEngine = (filePath: string, context: object, callback: RenderCallback) => void;

/**
 * The pages' view engine while templates do not change (no LIVE_RELOAD): every page template,
 * partial and the layout `layouts/main.hbs` compiled once, each page rendered synchronously.
 * express-handlebars' engine, kept for live reload, resolves every partial through a chain of
 * promises on each render, even from its cache. Mail templates have their own renderer.
 */
export function compiledViews(viewsDir: string, helpers: Handlebars.HelperDeclareSpec): ViewEngine {
  const handlebars = Handlebars.create();
  handlebars.registerHelper(helpers);
  const templates = new Map<string, Handlebars.TemplateDelegate>();
  for (const file of readdirSync(viewsDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.hbs') || file.startsWith('mail/') || file.startsWith('layouts/')) continue;
    const template = handlebars.compile(
      readFileSync(join(viewsDir, file), 'utf8').trim(),
      VIEW_COMPILE_OPTIONS,
    );
    templates.set(join(viewsDir, file), template);
    if (file.startsWith('partials/')) {
      handlebars.registerPartial(file.slice('partials/'.length, -'.hbs'.length), template);
    }
  }
  // Trimmed as express-handlebars trims each render (live reload), so both give the same bytes.
  handlebars.registerPartial(PAGE_PARTIAL, ((context: PageContext, options) =>
    context[PAGE_VIEW](context, options).trim()) as Handlebars.Template);
  const layout = handlebars.compile(
    readFileSync(join(viewsDir, 'layouts', 'main.hbs'), 'utf8')
      .trim()
      // The comment keeps the partial from standing alone on its line, which would drop the newline.
      .replace('{{{body}}}', `{{> ${PAGE_PARTIAL}}}{{! the page }}`),
    VIEW_COMPILE_OPTIONS,
  );
  return (filePath, context, callback) => {
    const view = templates.get(filePath);
    if (!view) return callback(new Error(`No view ${filePath}`));
    let html: string;
    try {
      html = layout({ ...context, [PAGE_VIEW]: view });
    } catch (error) {
      return callback(error);
    }
    callback(null, html);
  };
}
