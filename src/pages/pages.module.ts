import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommentsModule } from '../comments/comments.module.js';
import { ConceptModule } from '../concept/concept.module.js';
import { EventsModule } from '../events/events.module.js';
import { StaticPage } from './entities/static-page.entity.js';
import { BackofficeController } from './backoffice.controller.js';
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
  imports: [ConceptModule, CommentsModule, EventsModule, TypeOrmModule.forFeature([StaticPage])],
  controllers: [
    BackofficeController,
    HomeController,
    KekController,
    SearchController,
    StaticPagesController,
    ParticipationController,
  ],
  providers: [KekPagesService, SearchService, StaticPagesService, StaticPagesSeeder],
})
export class PagesModule {}
