import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConceptModule } from '../concept/concept.module.js';
import { PrioritisationRound } from './entities/prioritisation-round.entity.js';
import { Rating } from './entities/rating.entity.js';
import { RoundParticipant } from './entities/round-participant.entity.js';
import { PrioritisationAdminController } from './prioritisation-admin.controller.js';
import { PrioritisationPersonalData } from './prioritisation-personal-data.provider.js';
import { PrioritisationController } from './prioritisation.controller.js';
import { RoundsService } from './rounds.service.js';
import { DemoRoundsSeeder } from './seed/demo-rounds.seeder.js';

@Module({
  imports: [
    ConceptModule,
    TypeOrmModule.forFeature([PrioritisationRound, RoundParticipant, Rating]),
  ],
  controllers: [PrioritisationController, PrioritisationAdminController],
  providers: [RoundsService, PrioritisationPersonalData, DemoRoundsSeeder],
  exports: [RoundsService],
})
export class PrioritisationModule {}
