import { Controller, Get, Query, Render } from '@nestjs/common';
import { SearchService } from './search.service.js';

@Controller('suche')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @Render('pages/search')
  results(@Query('q') query: unknown) {
    return this.search.search(typeof query === 'string' ? query.slice(0, 200) : '');
  }
}
