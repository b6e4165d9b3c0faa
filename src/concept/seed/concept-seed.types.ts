// Shape of the curated KEK seed data (kek-2030.data.ts). Text fields are Markdown:
// **bold** keeps the document's emphasis; nothing else is used.

export type ProjectExampleKind = 'running' | 'idea';

export interface ProjectExampleSeed {
  kind: ProjectExampleKind;
  title: string;
  url?: string;
}

export interface MeasureSeed {
  text: string;
  projects: ProjectExampleSeed[];
}

export interface ApproachSeed {
  slug: string;
  title: string;
  measures: MeasureSeed[];
  /** Slugs of cross-cutting themes this approach touches (editorial assignment). */
  themes: string[];
}

export interface SubGoalSeed {
  slug: string;
  title: string;
  legalBases: string[];
  footnotes: string[];
  approaches: ApproachSeed[];
}

export interface StrategicGoalSeed {
  slug: string;
  title: string;
  subGoals: SubGoalSeed[];
}

export interface SwotSeed {
  strengths: string[];
  weaknesses: string[];
  opportunities: string[];
  threats: string[];
}

export interface RegionalFocusSeed {
  region: string;
  body: string;
}

export interface FieldOfActionSeed {
  slug: string;
  numeral: string;
  title: string;
  topics: string[];
  swot: SwotSeed;
  goals: StrategicGoalSeed[];
  regionalFocus: RegionalFocusSeed[];
}

export interface CrossCuttingThemeSeed {
  slug: string;
  title: string;
  body: string;
}

export interface RegionSeed {
  slug: string;
  title: string;
}

export interface ConceptSeed {
  title: string;
  subtitle: string;
  adoptedOn: string;
  introduction: string;
  crossCuttingThemes: CrossCuttingThemeSeed[];
  regions: RegionSeed[];
  fields: FieldOfActionSeed[];
}
