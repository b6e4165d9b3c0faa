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
    if (!file.endsWith('.hbs') || file.startsWith('mail/')) continue;
    const template = handlebars.compile(
      readFileSync(join(viewsDir, file), 'utf8').trim(),
      VIEW_COMPILE_OPTIONS,
    );
    templates.set(join(viewsDir, file), template);
    if (file.startsWith('partials/')) {
      handlebars.registerPartial(file.slice('partials/'.length, -'.hbs'.length), template);
    }
  }
  const layout = templates.get(join(viewsDir, 'layouts', 'main.hbs'));
  if (!layout) throw new Error(`No layout ${join(viewsDir, 'layouts', 'main.hbs')}`);
  return (filePath, context, callback) => {
    const view = templates.get(filePath);
    if (!view) return callback(new Error(`No view ${filePath}`));
    let html: string;
    try {
      // Not trimmed: the sources are, and each trim copies the whole page once more.
      html = layout({ ...context, body: view(context) });
    } catch (error) {
      return callback(error);
    }
    callback(null, html);
  };
}
