import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CommentsService } from '../comments/comments.service.js';
import { ConceptService } from '../concept/concept.service.js';
import { documentUrl, imageCredits } from '../documents/document-view.js';
import { EventPagesService } from '../events/event-pages.service.js';
import { EventsService } from '../events/events.service.js';
import { AUDIENCE_LABELS } from '../participation/process-labels.js';
import { ProcessesService } from '../participation/processes.service.js';
import { PressService } from '../press/press.service.js';
import { Slide } from './entities/slide.entity.js';

/** The home page: teasers, the open processes, the next events and the latest press. */
@Injectable()
export class HomePageService {
  constructor(
    @InjectRepository(Slide) private readonly slides: Repository<Slide>,
    private readonly concept: ConceptService,
    private readonly processes: ProcessesService,
    private readonly comments: CommentsService,
    private readonly events: EventsService,
    private readonly eventPages: EventPagesService,
    private readonly press: PressService,
  ) {}

  async model() {
    const [concept, fields, slides, open, figures, events, pressItems] = await Promise.all([
      this.concept.findConcept(),
      this.concept.findStructure(),
      this.slides.find({
        where: { active: true },
        relations: { image: true },
        order: { position: 'ASC', id: 'ASC' },
      }),
      this.processes.open(),
      this.comments.figuresByProcess(0),
      this.events.upcoming(3),
      this.press.latest(3),
    ]);
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
      openProcesses: open.map((process) => ({
        title: process.title,
        url: `/beteiligung/${process.slug}`,
        endsAt: process.endsAt,
        isYouth: process.audience === 'youth',
        audienceLabel: AUDIENCE_LABELS[process.audience],
        commentCount: figures.get(process.id)?.total ?? 0,
      })),
      events: await this.eventPages.summariesWithSeats(events),
      press: pressItems,
      imageCredits: imageCredits(slides.flatMap((slide) => (slide.image ? [slide.image] : []))),
    };
  }
}
