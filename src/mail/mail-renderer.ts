import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { formatDate, formatDateTime } from '../common/views/berlin-time.js';
import { AppConfig } from '../config/app-config.js';
import { projectRoot } from '../project-root.js';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

export interface MailContent {
  template: string;
  subject: string;
  /** Why the person gets this mail; printed in every footer. */
  reason: string;
  data: Record<string, unknown>;
}

const MAIL_VIEWS = join(projectRoot, 'views', 'mail');

/**
 * Mail templates under views/mail: <name>.html.hbs and <name>.text.hbs, each wrapped in the
 * matching layout. Compiled once at start-up; the HTML part escapes, the text part does not.
 */
@Injectable()
export class MailRenderer {
  private readonly html = Handlebars.create();
  private readonly text = Handlebars.create();
  private readonly templates = new Map<string, HandlebarsTemplateDelegate>();

  constructor(private readonly config: AppConfig) {
    for (const engine of [this.html, this.text]) {
      engine.registerHelper('date', (value: Date | string) => formatDate(value));
      engine.registerHelper('dateTime', (value: Date | string) => formatDateTime(value));
    }
    for (const file of readdirSync(MAIL_VIEWS).filter((name) => name.endsWith('.hbs'))) {
      this.compile(file, join(MAIL_VIEWS, file));
    }
    for (const file of readdirSync(join(MAIL_VIEWS, 'layouts'))) {
      this.compile(`layouts/${file}`, join(MAIL_VIEWS, 'layouts', file));
    }
  }

  render(content: MailContent): RenderedMail {
    const context = {
      ...content.data,
      subject: content.subject,
      reason: content.reason,
      portalName: this.config.PORTAL_NAME,
      district: this.config.DISTRICT_NAME,
      baseUrl: this.config.publicBaseUrl,
    };
    const part = (kind: 'html' | 'text') => {
      const body = this.template(`${content.template}.${kind}.hbs`)(context);
      return this.template(`layouts/mail.${kind}.hbs`)({ ...context, body });
    };
    return { subject: content.subject, html: part('html'), text: part('text') };
  }

  /** The names of all templates, for the test that renders each of them. */
  templateNames(): string[] {
    return [...this.templates.keys()]
      .filter((name) => !name.startsWith('layouts/') && name.endsWith('.html.hbs'))
      .map((name) => name.replace(/\.html\.hbs$/, ''));
  }

  private compile(name: string, path: string): void {
    const engine = name.endsWith('.text.hbs') ? this.text : this.html;
    const source = readFileSync(path, 'utf8');
    this.templates.set(
      name,
      engine.compile(source, { noEscape: engine === this.text, strict: true }),
    );
  }

  private template(name: string): HandlebarsTemplateDelegate {
    const template = this.templates.get(name);
    if (!template) throw new Error(`Mail template ${name} is missing`);
    return template;
  }
}
