import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConceptModule } from '../concept/concept.module.js';
import { Approach } from '../concept/entities/approach.entity.js';
import { DocumentsModule } from '../documents/documents.module.js';
import { ProgressNote } from './entities/progress-note.entity.js';
import { ImplementationAdminController } from './implementation-admin.controller.js';
import { ImplementationService } from './implementation.service.js';

@Module({
  imports: [ConceptModule, DocumentsModule, TypeOrmModule.forFeature([Approach, ProgressNote])],
  controllers: [ImplementationAdminController],
  providers: [ImplementationService],
  exports: [ImplementationService],
})
export class ImplementationModule {}
