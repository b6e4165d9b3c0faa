import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConceptAdminController } from './concept-admin.controller.js';
import { ConceptSearchService } from './concept-search.service.js';
import { ConceptService } from './concept.service.js';
import { Approach } from './entities/approach.entity.js';
import { Concept } from './entities/concept.entity.js';
import { CrossCuttingTheme } from './entities/cross-cutting-theme.entity.js';
import { FieldOfAction } from './entities/field-of-action.entity.js';
import { Measure } from './entities/measure.entity.js';
import { ProjectExample } from './entities/project-example.entity.js';
import { Region } from './entities/region.entity.js';
import { RegionalFocus } from './entities/regional-focus.entity.js';
import { StrategicGoal } from './entities/strategic-goal.entity.js';
import { SubGoal } from './entities/sub-goal.entity.js';
import { SwotItem } from './entities/swot-item.entity.js';
import { ConceptAdminSearchService } from './editor/concept-admin-search.service.js';
import { ConceptAdminViews } from './editor/concept-admin-views.js';
import { ConceptEditorService } from './editor/concept-editor.service.js';
import { ConceptRevisionsService } from './editor/concept-revisions.service.js';
import { ConceptRevision } from './entities/concept-revision.entity.js';
import { ConceptSeeder } from './seed/concept.seeder.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Concept,
      FieldOfAction,
      SwotItem,
      StrategicGoal,
      SubGoal,
      Approach,
      Measure,
      ProjectExample,
      CrossCuttingTheme,
      Region,
      RegionalFocus,
      ConceptRevision,
    ]),
  ],
  controllers: [ConceptAdminController],
  providers: [
    ConceptService,
    ConceptSearchService,
    ConceptSeeder,
    ConceptEditorService,
    ConceptRevisionsService,
    ConceptAdminViews,
    ConceptAdminSearchService,
  ],
  exports: [ConceptService, ConceptSearchService, ConceptRevisionsService],
})
export class ConceptModule {}
