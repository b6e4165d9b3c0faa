import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CommentsService } from '../comments/comments.service.js';
import { PhasesService } from '../comments/phases.service.js';
import { ConceptService } from '../concept/concept.service.js';
import { documentUrl, imageCredits } from '../documents/document-view.js';
import { EventPagesService } from '../events/event-pages.service.js';
import { EventsService } from '../events/events.service.js';
import { PressService } from '../press/press.service.js';
import { Slide } from './entities/slide.entity.js';

/** The home page: teasers, the open participation, the next events and the latest press. */
@Injectable()
export class HomePageService {
  constructor(
    @InjectRepository(Slide) private readonly slides: Repository<Slide>,
    private readonly concept: ConceptService,
    private readonly phases: PhasesService,
    private readonly comments: CommentsService,
    private readonly events: EventsService,
    private readonly eventPages: EventPagesService,
    private readonly press: PressService,
  ) {}

  async model() {
    const [concept, fields, slides, state, events, pressItems] = await Promise.all([
      this.concept.findConcept(),
      this.concept.findStructure(),
      this.slides.find({
        where: { active: true },
        relations: { image: true },
        order: { position: 'ASC', id: 'ASC' },
      }),
      this.phases.state(),
      this.events.upcoming(3),
      this.press.latest(3),
    ]);
    const open = state.open;
    return {
      pageTitle: 'Startseite',
      isHome: true,
      concept,
      fields: fields.map((field) => ({
        slug: field.slug,
        title: field.title,
        topics: field.topics,
        approachCount: field.goals.reduce(
          (sum, goal) =>
            sum + goal.subGoals.reduce((count, sub) => count + sub.approaches.length, 0),
          0,
        ),
        goalCount: field.goals.length,
      })),
      slides: slides.map((slide) => ({
        ...slide,
        imageUrl: slide.image ? documentUrl(slide.image) : null,
        altText: slide.image?.altText ?? '',
        credit: slide.image?.credit ?? null,
      })),
      participation: open && {
        phase: open,
        commentCount: await this.comments.countInPhase(open.id),
      },
      events: events.map((event) => this.eventPages.summary(event)),
      press: pressItems,
      imageCredits: imageCredits(slides.flatMap((slide) => (slide.image ? [slide.image] : []))),
    };
  }
}
