import type { MixedList } from 'typeorm';
import { InitialConcept1795455015011 } from './1795455015011-InitialConcept.js';
import { AccountsAndAudit1795456223123 } from './1795456223123-AccountsAndAudit.js';
import { OnlineForum1795457099677 } from './1795457099677-OnlineForum.js';
import { EventsAndDocuments1795458766218 } from './1795458766218-EventsAndDocuments.js';
import { PressAndSlides1795460300565 } from './1795460300565-PressAndSlides.js';
import { PrioritisationAndImplementation1795461258406 } from './1795461258406-PrioritisationAndImplementation.js';
import { ConceptEditing1795463576014 } from './1795463576014-ConceptEditing.js';
import { ContactsAndPages1795463588483 } from './1795463588483-ContactsAndPages.js';
import { ParticipationProcesses1796156756121 } from './1796156756121-ParticipationProcesses.js';
import { ContactsOnProcesses1796156756122 } from './1796156756122-ContactsOnProcesses.js';
import { RegistrationTokens1796157074373 } from './1796157074373-RegistrationTokens.js';
import { DocumentOwnerRole1796158265023 } from './1796158265023-DocumentOwnerRole.js';
import { RoundScales1796165946584 } from './1796165946584-RoundScales.js';
import { ArticleReview1796166042257 } from './1796166042257-ArticleReview.js';
import { EventMessages1796166084905 } from './1796166084905-EventMessages.js';
import { SentMail1796166403301 } from './1796166403301-SentMail.js';
import { PageCacheNotifications1796172000000 } from './1796172000000-PageCacheNotifications.js';

/** Every migration, in order. A new migration is added here and never edited once it has landed. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: MixedList<Function> = [
  InitialConcept1795455015011,
  AccountsAndAudit1795456223123,
  OnlineForum1795457099677,
  EventsAndDocuments1795458766218,
  PressAndSlides1795460300565,
  PrioritisationAndImplementation1795461258406,
  ConceptEditing1795463576014,
  ContactsAndPages1795463588483,
  ParticipationProcesses1796156756121,
  ContactsOnProcesses1796156756122,
  RegistrationTokens1796157074373,
  DocumentOwnerRole1796158265023,
  RoundScales1796165946584,
  ArticleReview1796166042257,
  EventMessages1796166084905,
  SentMail1796166403301,
  PageCacheNotifications1796172000000,
];
