import { Controller, Get, Render } from '@nestjs/common';
import { HomePageService } from './home-page.service.js';

@Controller()
export class HomeController {
  constructor(private readonly home: HomePageService) {}

  @Get()
  @Render('pages/home')
  page() {
    return this.home.model();
  }
}
