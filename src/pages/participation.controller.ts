import { Controller, Get, Param, Render } from '@nestjs/common';
import { ParticipationPagesService } from './participation-pages.service.js';

@Controller('beteiligung')
export class ParticipationController {
  constructor(private readonly pages: ParticipationPagesService) {}

  @Get()
  @Render('pages/participation')
  overview() {
    return this.pages.overview();
  }

  @Get(':slug')
  @Render('pages/participation-process')
  process(@Param('slug') slug: string) {
    return this.pages.process(slug);
  }
}
