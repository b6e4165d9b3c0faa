import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';

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
    const template = handlebars.compile(readFileSync(join(viewsDir, file), 'utf8').trim());
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
      html = layout({ ...context, body: view(context).trim() }).trim();
    } catch (error) {
      return callback(error);
    }
    callback(null, html);
  };
}
