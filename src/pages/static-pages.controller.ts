import { Controller, Get, NotFoundException, Param, Render } from '@nestjs/common';
import { StaticPagesService } from './static-pages.service.js';

@Controller('seiten')
export class StaticPagesController {
  constructor(private readonly pages: StaticPagesService) {}

  @Get(':slug')
  @Render('pages/static-page')
  async show(@Param('slug') slug: string) {
    const page = await this.pages.findBySlug(slug);
    if (!page) throw new NotFoundException();
    return { pageTitle: page.title, metaDescription: page.summary, page };
  }
}
