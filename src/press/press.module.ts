import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConceptModule } from '../concept/concept.module.js';
import { DocumentsModule } from '../documents/documents.module.js';
import { EventsModule } from '../events/events.module.js';
import { ArticleRevision } from './entities/article-revision.entity.js';
import { Article } from './entities/article.entity.js';
import { Clipping } from './entities/clipping.entity.js';
import { PressAdminController } from './press-admin.controller.js';
import { PressAdminService } from './press-admin.service.js';
import { PressJobs } from './press-jobs.js';
import { PressReviewMails } from './press-review-mails.js';
import { PressController } from './press.controller.js';
import { PressService } from './press.service.js';
import { PressSeeder } from './seed/press.seeder.js';

@Module({
  imports: [
    ConceptModule,
    DocumentsModule,
    EventsModule,
    TypeOrmModule.forFeature([Article, ArticleRevision, Clipping]),
  ],
  controllers: [PressController, PressAdminController],
  providers: [PressService, PressAdminService, PressReviewMails, PressJobs, PressSeeder],
  exports: [PressService, PressAdminService],
})
export class PressModule {}
