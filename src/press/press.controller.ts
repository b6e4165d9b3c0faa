import { Controller, Get, Header, Param, Query, Render } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { articlePage } from './article-page.js';
import { pressFeed } from './press-feed.js';
import { PressService } from './press.service.js';
import { pageNumber } from '../common/views/page-number.js';

const KINDS = { artikel: 'article', pressespiegel: 'clipping' } as const;

@Controller('presse')
export class PressController {
  constructor(
    private readonly press: PressService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Render('press/list')
  async list(
    @Query('jahr') year: unknown,
    @Query('art') kind: unknown,
    @Query('seite') page: unknown,
  ) {
    const kindKey =
      typeof kind === 'string' && Object.hasOwn(KINDS, kind)
        ? (kind as keyof typeof KINDS)
        : undefined;
    const yearValue = typeof year === 'string' && /^\d{4}$/.test(year) ? year : undefined;
    const result = await this.press.items({
      year: yearValue,
      kind: kindKey && KINDS[kindKey],
      page: pageNumber(page),
    });
    const query = (extra: Record<string, string | undefined>) =>
      `?${new URLSearchParams(Object.entries({ jahr: yearValue, art: kindKey, ...extra }).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString()}`;
    return {
      pageTitle: 'Presse',
      ...result,
      year: yearValue,
      kind: kindKey,
      yearLinks: [
        {
          label: 'Alle Jahre',
          url: query({ jahr: undefined, seite: undefined }),
          current: !yearValue,
        },
        ...result.years.map((value) => ({
          label: value,
          url: query({ jahr: value, seite: undefined }),
          current: value === yearValue,
        })),
      ],
      kindLinks: [
        { label: 'Alles', url: query({ art: undefined, seite: undefined }), current: !kindKey },
        {
          label: 'Pressemitteilungen',
          url: query({ art: 'artikel', seite: undefined }),
          current: kindKey === 'artikel',
        },
        {
          label: 'Pressespiegel',
          url: query({ art: 'pressespiegel', seite: undefined }),
          current: kindKey === 'pressespiegel',
        },
      ],
      previousUrl: result.page > 1 ? query({ seite: String(result.page - 1) }) : null,
      nextUrl: result.page < result.pageCount ? query({ seite: String(result.page + 1) }) : null,
    };
  }

  @Get('feed.xml')
  @Header('Content-Type', 'application/rss+xml; charset=utf-8')
  async feed(): Promise<string> {
    return pressFeed(await this.press.published(50), {
      name: this.config.PORTAL_NAME,
      district: this.config.DISTRICT_NAME,
      baseUrl: this.config.publicBaseUrl,
    });
  }

  @Get(':slug')
  @Render('press/article')
  async article(@Param('slug') slug: string) {
    return articlePage(await this.press.findPublished(slug), {
      name: this.config.PORTAL_NAME,
      baseUrl: this.config.publicBaseUrl,
    });
  }
}
