import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommentsModule } from '../comments/comments.module.js';
import { ConceptModule } from '../concept/concept.module.js';
import { DocumentsModule } from '../documents/documents.module.js';
import { EventsModule } from '../events/events.module.js';
import { ImplementationModule } from '../implementation/implementation.module.js';
import { PressModule } from '../press/press.module.js';
import { PrioritisationModule } from '../prioritisation/prioritisation.module.js';
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
import { ParticipationController } from './participation.controller.js';
import { SearchController } from './search.controller.js';
import { SearchService } from './search.service.js';
import { StaticPagesSeeder } from './seed/static-pages.seeder.js';
import { StaticPagesController } from './static-pages.controller.js';
import { StaticPagesService } from './static-pages.service.js';

@Module({
  imports: [
    ConceptModule,
    CommentsModule,
    DocumentsModule,
    EventsModule,
    PressModule,
    PrioritisationModule,
    ImplementationModule,
    TypeOrmModule.forFeature([StaticPage, Slide]),
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
    SitemapController,
  ],
  providers: [
    KekPagesService,
    DashboardService,
    HomePageService,
    SlidesService,
    SearchService,
    StaticPagesService,
    StaticPagesSeeder,
    SlidesSeeder,
  ],
})
export class PagesModule {}
