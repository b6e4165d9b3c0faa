import { Controller, Get, NotFoundException, Param, Render } from '@nestjs/common';
import { ContactsService } from './contacts.service.js';
import { StaticPagesService } from './static-pages.service.js';

@Controller('seiten')
export class StaticPagesController {
  constructor(
    private readonly pages: StaticPagesService,
    private readonly contacts: ContactsService,
  ) {}

  @Get(':slug')
  @Render('pages/static-page')
  async show(@Param('slug') slug: string) {
    const page = await this.pages.findBySlug(slug);
    if (!page) throw new NotFoundException();
    const contacts = await this.contacts.contactsForPage(page.id);
    return { pageTitle: page.title, metaDescription: page.summary, page, contacts };
  }
}
