import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config.js';
import { DocumentStorage } from './document-storage.js';
import { createDocumentStorage } from './document-storage.factory.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsService } from './documents.service.js';
import { Document } from './entities/document.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Document])],
  controllers: [DocumentsController],
  providers: [
    DocumentsService,
    {
      provide: DocumentStorage,
      useFactory: createDocumentStorage,
      inject: [AppConfig],
    },
  ],
  exports: [DocumentsService],
})
export class DocumentsModule {}
