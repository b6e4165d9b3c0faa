import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config.js';
import { DocumentStorage } from './document-storage.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsService } from './documents.service.js';
import { Document } from './entities/document.entity.js';
import { LocalDocumentStorage } from './local-document-storage.js';

@Module({
  imports: [TypeOrmModule.forFeature([Document])],
  controllers: [DocumentsController],
  providers: [
    DocumentsService,
    {
      provide: DocumentStorage,
      useFactory: (config: AppConfig) => new LocalDocumentStorage(join(config.DATA_DIR, 'uploads')),
      inject: [AppConfig],
    },
  ],
  exports: [DocumentsService],
})
export class DocumentsModule {}
