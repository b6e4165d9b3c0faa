import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import { ConceptModule } from '../concept/concept.module.js';
import { ParticipationProcess } from './entities/participation-process.entity.js';
import { ProcessesAdminController } from './processes-admin.controller.js';
import { ProcessesService } from './processes.service.js';
import { DemoProcessesSeeder } from './seed/demo-processes.seeder.js';

/** Bookmarks of the back office from when processes were called phases; the ids stayed the same. */
function redirectFormerPhasesUrl(request: Request, response: Response, next: NextFunction) {
  const match = /^\/verwaltung\/beteiligungsphasen(\/.*)?$/.exec(request.path);
  if (!match) return next();
  response.redirect(301, `/verwaltung/beteiligungsverfahren${match[1] ?? ''}`);
}

@Module({
  imports: [ConceptModule, TypeOrmModule.forFeature([ParticipationProcess])],
  controllers: [ProcessesAdminController],
  providers: [ProcessesService, DemoProcessesSeeder],
  exports: [ProcessesService],
})
export class ParticipationModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(redirectFormerPhasesUrl)
      .forRoutes({ path: 'verwaltung/beteiligungsphasen{/*rest}', method: RequestMethod.GET });
  }
}
