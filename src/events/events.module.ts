import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConceptModule } from '../concept/concept.module.js';
import { DocumentsModule } from '../documents/documents.module.js';
import { ParticipationModule } from '../participation/participation.module.js';
import { EventDocument } from './entities/event-document.entity.js';
import { EventMessage } from './entities/event-message.entity.js';
import { EventDocumentsService } from './event-documents.service.js';
import { Event } from './entities/event.entity.js';
import { Registration } from './entities/registration.entity.js';
import { EventJobs } from './event-jobs.js';
import { EventNotifications } from './event-notifications.service.js';
import { EventPagesService } from './event-pages.service.js';
import { EventsAdminController } from './events-admin.controller.js';
import { EventCheckInController } from './event-check-in.controller.js';
import { EventMessagesController } from './event-messages.controller.js';
import { CheckInService } from './check-in.service.js';
import { EventsAdminService } from './events-admin.service.js';
import { CalendarController, EventsController } from './events.controller.js';
import { EventsService } from './events.service.js';
import { RegistrationsPersonalData } from './registrations-personal-data.provider.js';
import { RegistrationsService } from './registrations.service.js';
import { DemoEventsSeeder } from './seed/demo-events.seeder.js';

@Module({
  imports: [
    ConceptModule,
    DocumentsModule,
    ParticipationModule,
    TypeOrmModule.forFeature([Event, Registration, EventDocument, EventMessage]),
  ],
  controllers: [
    CalendarController,
    EventsController,
    EventsAdminController,
    EventMessagesController,
    EventCheckInController,
  ],
  providers: [
    EventsService,
    EventPagesService,
    EventDocumentsService,
    EventsAdminService,
    CheckInService,
    RegistrationsService,
    EventNotifications,
    EventJobs,
    RegistrationsPersonalData,
    DemoEventsSeeder,
  ],
  exports: [EventsService, EventPagesService, RegistrationsService, EventNotifications],
})
export class EventsModule {}
