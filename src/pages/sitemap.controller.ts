import { Controller, Get, Header } from '@nestjs/common';
import { ConceptService } from '../concept/concept.service.js';
import { AppConfig } from '../config/app-config.js';
import { EventsService } from '../events/events.service.js';
import { ProcessesService } from '../participation/processes.service.js';
import { PressService } from '../press/press.service.js';
import { StaticPagesService } from './static-pages.service.js';

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);

/** /sitemap.xml and /robots.txt for search engines: concept, processes, events, press, pages. */
@Controller()
export class SitemapController {
  constructor(
    private readonly concept: ConceptService,
    private readonly events: EventsService,
    private readonly press: PressService,
    private readonly pages: StaticPagesService,
    private readonly processes: ProcessesService,
    private readonly config: AppConfig,
  ) {}

  @Get('sitemap.xml')
  @Header('Content-Type', 'application/xml; charset=utf-8')
  async sitemap(): Promise<string> {
    const [fields, approaches, themes, regions, events, articles, pages, processes] =
      await Promise.all([
        this.concept.findStructure(),
        this.concept.listApproaches(),
        this.concept.listThemes(),
        this.concept.listRegions(),
        this.events.listPublic(),
        this.press.published(),
        this.pages.list(),
        this.processes.list(),
      ]);
    const paths = [
      '/',
      '/kek',
      ...fields.map((field) => `/kek/${field.slug}`),
      ...approaches.map((approach) => `/kek/${approach.fieldSlug}/${approach.slug}`),
      ...themes.map((theme) => `/kek/querschnittsthemen/${theme.slug}`),
      ...regions.map((region) => `/kek/teilraeume/${region.slug}`),
      '/beteiligung',
      ...processes.map((process) => `/beteiligung/${process.slug}`),
      '/veranstaltungen',
      ...events.map((event) => `/veranstaltungen/${event.slug}`),
      '/presse',
      ...articles.map((article) => `/presse/${article.slug}`),
      ...pages.map((page) => `/seiten/${page.slug}`),
    ];
    const urls = paths.map(
      (path) => `  <url><loc>${escapeXml(this.config.publicBaseUrl + path)}</loc></url>`,
    );
    return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  }

  @Get('robots.txt')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  robots(): string {
    return [
      'User-agent: *',
      'Disallow: /verwaltung',
      'Disallow: /konto',
      'Disallow: /kommentare',
      'Disallow: /benachrichtigungen',
      'Disallow: /veranstaltungen/anmeldung',
      `Sitemap: ${this.config.publicBaseUrl}/sitemap.xml`,
      '',
    ].join('\n');
  }
}
