import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommentsModule } from '../comments/comments.module.js';
import { ConceptModule } from '../concept/concept.module.js';
import { DocumentsModule } from '../documents/documents.module.js';
import { EventsModule } from '../events/events.module.js';
import { ImplementationModule } from '../implementation/implementation.module.js';
import { ParticipationModule } from '../participation/participation.module.js';
import { PressModule } from '../press/press.module.js';
import { PrioritisationModule } from '../prioritisation/prioritisation.module.js';
import { ApproachDiscussionsService } from './approach-discussions.service.js';
import { ContactsAdminController } from './contacts-admin.controller.js';
import { ContactsService } from './contacts.service.js';
import { Contact } from './entities/contact.entity.js';
import { Slide } from './entities/slide.entity.js';
import { EventPageController } from './event-page.controller.js';
import { HomePageService } from './home-page.service.js';
import { SlidesSeeder } from './seed/slides.seeder.js';
import { SitemapController } from './sitemap.controller.js';
import { SlidesAdminController } from './slides-admin.controller.js';
import { SlidesService } from './slides.service.js';
import { StaticPage } from './entities/static-page.entity.js';
import { BackofficeController } from './backoffice.controller.js';
import { DashboardService } from './dashboard.service.js';
import { HomeController } from './home.controller.js';
import { KekPagesService } from './kek-pages.service.js';
import { KekController } from './kek.controller.js';
import { ParticipationPagesService } from './participation-pages.service.js';
import { ParticipationController } from './participation.controller.js';
import { SearchController } from './search.controller.js';
import { SearchService } from './search.service.js';
import { DemoContactsSeeder } from './seed/demo-contacts.seeder.js';
import { StaticPagesSeeder } from './seed/static-pages.seeder.js';
import { StaticPagesAdminController } from './static-pages-admin.controller.js';
import { StaticPagesController } from './static-pages.controller.js';
import { StaticPagesService } from './static-pages.service.js';

@Module({
  imports: [
    ConceptModule,
    ParticipationModule,
    CommentsModule,
    DocumentsModule,
    EventsModule,
    PressModule,
    PrioritisationModule,
    ImplementationModule,
    TypeOrmModule.forFeature([StaticPage, Slide, Contact]),
  ],
  controllers: [
    BackofficeController,
    HomeController,
    KekController,
    SearchController,
    StaticPagesController,
    ParticipationController,
    EventPageController,
    SlidesAdminController,
    StaticPagesAdminController,
    ContactsAdminController,
    SitemapController,
  ],
  providers: [
    KekPagesService,
    ApproachDiscussionsService,
    ParticipationPagesService,
    DashboardService,
    HomePageService,
    SlidesService,
    SearchService,
    StaticPagesService,
    StaticPagesSeeder,
    SlidesSeeder,
    ContactsService,
    DemoContactsSeeder,
  ],
})
export class PagesModule {}
