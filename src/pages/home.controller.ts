import { Controller, Get, Render } from '@nestjs/common';
import { KekPagesService } from './kek-pages.service.js';

@Controller()
export class HomeController {
  constructor(private readonly pages: KekPagesService) {}

  @Get()
  @Render('pages/home')
  async home() {
    const { concept, fields, themes } = await this.pages.overview();
    return { pageTitle: 'Startseite', concept, fields, themes, isHome: true };
  }
}
