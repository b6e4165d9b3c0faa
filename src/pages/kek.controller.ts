import { Controller, Get, Param, Render } from '@nestjs/common';
import { KekPagesService } from './kek-pages.service.js';

@Controller('kek')
export class KekController {
  constructor(private readonly pages: KekPagesService) {}

  @Get()
  @Render('pages/kek-overview')
  overview() {
    return this.pages.overview();
  }

  @Get('querschnittsthemen/:slug')
  @Render('pages/kek-theme')
  theme(@Param('slug') slug: string) {
    return this.pages.theme(slug);
  }

  @Get('teilraeume/:slug')
  @Render('pages/kek-region')
  region(@Param('slug') slug: string) {
    return this.pages.region(slug);
  }

  @Get(':field')
  @Render('pages/kek-field')
  field(@Param('field') field: string) {
    return this.pages.field(field);
  }

  @Get(':field/:approach')
  @Render('pages/kek-approach')
  approach(@Param('field') field: string, @Param('approach') approach: string) {
    return this.pages.approach(field, approach);
  }
}
