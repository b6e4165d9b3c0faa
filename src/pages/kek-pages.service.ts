import { Injectable, NotFoundException } from '@nestjs/common';
import { ConceptService } from '../concept/concept.service.js';
import type { SwotItem, SwotKind } from '../concept/entities/swot-item.entity.js';

const SWOT_SECTIONS: { kind: SwotKind; title: string }[] = [
  { kind: 'strength', title: 'Stärken' },
  { kind: 'weakness', title: 'Schwächen' },
  { kind: 'opportunity', title: 'Chancen' },
  { kind: 'threat', title: 'Risiken' },
];

/** View models of the /kek pages, composed from the concept (later: comments, priorities, events). */
@Injectable()
export class KekPagesService {
  constructor(private readonly concept: ConceptService) {}

  async overview() {
    const [concept, fields, themes, regions] = await Promise.all([
      this.concept.findConcept(),
      this.concept.findStructure(),
      this.concept.listThemes(),
      this.concept.listRegions(),
    ]);
    return {
      pageTitle: concept?.title ?? 'Kreisentwicklungskonzept',
      concept,
      fields: fields.map((field) => ({
        ...field,
        approachCount: field.goals.reduce(
          (sum, goal) =>
            sum + goal.subGoals.reduce((count, sub) => count + sub.approaches.length, 0),
          0,
        ),
      })),
      themes,
      regions,
    };
  }

  async field(slug: string) {
    const field = await this.concept.findField(slug);
    if (!field) throw new NotFoundException();
    return {
      pageTitle: `Handlungsfeld „${field.title}“`,
      field,
      swot: SWOT_SECTIONS.map((section) => ({
        ...section,
        items: field.swotItems.filter((item: SwotItem) => item.kind === section.kind),
      })),
      breadcrumbs: [{ title: 'KEK 2030', url: '/kek' }],
    };
  }

  async approach(fieldSlug: string, approachSlug: string) {
    const approach = await this.concept.findApproach(approachSlug);
    const field = approach?.subGoal.goal.field;
    if (!approach || !field || field.slug !== fieldSlug) throw new NotFoundException();
    const all = await this.concept.listApproaches();
    const index = all.findIndex((link) => link.slug === approach.slug);
    const link = (entry: (typeof all)[number] | undefined) =>
      entry && { title: entry.title, url: `/kek/${entry.fieldSlug}/${entry.slug}` };
    return {
      pageTitle: approach.title,
      approach,
      subGoal: approach.subGoal,
      goal: approach.subGoal.goal,
      field,
      measures: approach.measures.map((measure) => ({
        ...measure,
        running: measure.projects.filter((project) => project.kind === 'running'),
        ideas: measure.projects.filter((project) => project.kind === 'idea'),
      })),
      position: { number: index + 1, total: all.length },
      previous: link(all[index - 1]),
      next: link(all[index + 1]),
      breadcrumbs: [
        { title: 'KEK 2030', url: '/kek' },
        { title: field.title, url: `/kek/${field.slug}` },
        {
          title: approach.subGoal.goal.title,
          url: `/kek/${field.slug}#${approach.subGoal.goal.slug}`,
        },
        { title: approach.subGoal.title, url: `/kek/${field.slug}#${approach.subGoal.slug}` },
      ],
    };
  }

  async theme(slug: string) {
    const theme = await this.concept.findTheme(slug);
    if (!theme) throw new NotFoundException();
    const [approaches, themes] = await Promise.all([
      this.concept.listApproachesOfTheme(theme.id),
      this.concept.listThemes(),
    ]);
    return {
      pageTitle: `Querschnittsthema „${theme.title}“`,
      theme,
      approaches: approaches.map((entry) => ({
        title: entry.title,
        url: `/kek/${entry.fieldSlug}/${entry.slug}`,
      })),
      otherThemes: themes.filter((other) => other.id !== theme.id),
      breadcrumbs: [{ title: 'KEK 2030', url: '/kek' }],
    };
  }

  async region(slug: string) {
    const region = await this.concept.findRegion(slug);
    if (!region) throw new NotFoundException();
    const regions = await this.concept.listRegions();
    return {
      pageTitle: `Teilraum ${region.title}`,
      region,
      otherRegions: regions.filter((other) => other.id !== region.id),
      breadcrumbs: [{ title: 'KEK 2030', url: '/kek' }],
    };
  }
}
