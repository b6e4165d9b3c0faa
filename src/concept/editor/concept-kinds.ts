import type { EntityTarget, FindOptionsRelations, ObjectLiteral } from 'typeorm';
import { Approach } from '../entities/approach.entity.js';
import { CrossCuttingTheme } from '../entities/cross-cutting-theme.entity.js';
import { FieldOfAction } from '../entities/field-of-action.entity.js';
import { Measure } from '../entities/measure.entity.js';
import { ProjectExample } from '../entities/project-example.entity.js';
import { Region } from '../entities/region.entity.js';
import { RegionalFocus } from '../entities/regional-focus.entity.js';
import { StrategicGoal } from '../entities/strategic-goal.entity.js';
import { SubGoal } from '../entities/sub-goal.entity.js';

export const KIND_KEYS = [
  'field',
  'goal',
  'subGoal',
  'approach',
  'measure',
  'project',
  'theme',
  'region',
  'focus',
] as const;
export type KindKey = (typeof KIND_KEYS)[number];

export interface EditableField {
  name: string;
  label: string;
  /** text: one line; textarea: plain text; markdown: Markdown; lines: one entry per line. */
  type: 'text' | 'textarea' | 'markdown' | 'lines' | 'url' | 'select';
  maxLength: number;
  optional?: boolean;
  hint?: string;
  options?: { value: string; label: string }[];
}

export interface ConceptKind {
  key: KindKey;
  /** The URL segment under /verwaltung/kek. */
  segment: string;
  entity: EntityTarget<ObjectLiteral>;
  singular: string;
  plural: string;
  parent?: { key: KindKey; property: string };
  children: KindKey[];
  /** Items with a public page of their own get a slug from the title when created. */
  hasSlug: boolean;
  creatable: boolean;
  retirable: boolean;
  fields: EditableField[];
  /** The relations to load so the item knows its ancestors (for breadcrumbs and public URLs). */
  ancestry: FindOptionsRelations<ObjectLiteral>;
}

const TITLE: EditableField = { name: 'title', label: 'Titel', type: 'textarea', maxLength: 1000 };

export const CONCEPT_KINDS: Record<KindKey, ConceptKind> = {
  field: {
    key: 'field',
    segment: 'handlungsfelder',
    entity: FieldOfAction,
    singular: 'Handlungsfeld',
    plural: 'Handlungsfelder',
    children: ['goal'],
    hasSlug: true,
    creatable: true,
    retirable: true,
    fields: [
      { name: 'numeral', label: 'Ordnungszahl (z. B. III)', type: 'text', maxLength: 10 },
      { name: 'title', label: 'Titel', type: 'text', maxLength: 300 },
      {
        name: 'topics',
        label: 'Themen',
        type: 'lines',
        maxLength: 5000,
        optional: true,
        hint: 'Ein Thema je Zeile',
      },
    ],
    ancestry: {},
  },
  goal: {
    key: 'goal',
    segment: 'ziele',
    entity: StrategicGoal,
    singular: 'Strategisches Ziel',
    plural: 'Strategische Ziele',
    parent: { key: 'field', property: 'field' },
    children: ['subGoal'],
    hasSlug: true,
    creatable: true,
    retirable: true,
    fields: [TITLE],
    ancestry: { field: true },
  },
  subGoal: {
    key: 'subGoal',
    segment: 'teilziele',
    entity: SubGoal,
    singular: 'Teilziel',
    plural: 'Teilziele',
    parent: { key: 'goal', property: 'goal' },
    children: ['approach'],
    hasSlug: true,
    creatable: true,
    retirable: true,
    fields: [
      TITLE,
      {
        name: 'legalBases',
        label: 'Rechtsgrundlagen',
        type: 'lines',
        maxLength: 5000,
        optional: true,
        hint: 'Eine je Zeile',
      },
      {
        name: 'footnotes',
        label: 'Fußnoten',
        type: 'lines',
        maxLength: 5000,
        optional: true,
        hint: 'Eine je Zeile',
      },
    ],
    ancestry: { goal: { field: true } },
  },
  approach: {
    key: 'approach',
    segment: 'handlungsansaetze',
    entity: Approach,
    singular: 'Handlungsansatz',
    plural: 'Handlungsansätze',
    parent: { key: 'subGoal', property: 'subGoal' },
    children: ['measure'],
    hasSlug: true,
    creatable: true,
    retirable: true,
    fields: [{ name: 'title', label: 'Titel', type: 'text', maxLength: 300 }],
    ancestry: { subGoal: { goal: { field: true } } },
  },
  measure: {
    key: 'measure',
    segment: 'massnahmen',
    entity: Measure,
    singular: 'Maßnahme',
    plural: 'Maßnahmen',
    parent: { key: 'approach', property: 'approach' },
    children: ['project'],
    hasSlug: false,
    creatable: true,
    retirable: true,
    fields: [
      {
        name: 'text',
        label: 'Text',
        type: 'markdown',
        maxLength: 3000,
        hint: 'Markdown: **fett** für Hervorhebungen',
      },
    ],
    ancestry: { approach: { subGoal: { goal: { field: true } } } },
  },
  project: {
    key: 'project',
    segment: 'projekte',
    entity: ProjectExample,
    singular: 'Projekt oder Projektidee',
    plural: 'Laufende Projekte und Projektideen',
    parent: { key: 'measure', property: 'measure' },
    children: [],
    hasSlug: false,
    creatable: true,
    retirable: true,
    fields: [
      {
        name: 'kind',
        label: 'Art',
        type: 'select',
        maxLength: 20,
        options: [
          { value: 'running', label: 'laufendes Projekt' },
          { value: 'idea', label: 'Projektidee' },
        ],
      },
      { name: 'title', label: 'Titel', type: 'textarea', maxLength: 1000 },
      {
        name: 'url',
        label: 'Externer Link',
        type: 'url',
        maxLength: 2000,
        optional: true,
        hint: 'https://…',
      },
    ],
    ancestry: { measure: { approach: { subGoal: { goal: { field: true } } } } },
  },
  theme: {
    key: 'theme',
    segment: 'querschnittsthemen',
    entity: CrossCuttingTheme,
    singular: 'Querschnittsthema',
    plural: 'Querschnittsthemen',
    children: [],
    hasSlug: true,
    creatable: true,
    retirable: true,
    fields: [
      { name: 'title', label: 'Titel', type: 'text', maxLength: 300 },
      { name: 'body', label: 'Text', type: 'markdown', maxLength: 20_000 },
    ],
    ancestry: {},
  },
  region: {
    key: 'region',
    segment: 'teilraeume',
    entity: Region,
    singular: 'Teilraum',
    plural: 'Teilräume',
    children: ['focus'],
    hasSlug: true,
    creatable: true,
    retirable: true,
    fields: [{ name: 'title', label: 'Titel', type: 'text', maxLength: 300 }],
    ancestry: {},
  },
  focus: {
    key: 'focus',
    segment: 'schwerpunkte',
    entity: RegionalFocus,
    singular: 'Regionaler Schwerpunkt',
    plural: 'Regionale Schwerpunkte je Handlungsfeld',
    parent: { key: 'region', property: 'region' },
    children: [],
    hasSlug: false,
    creatable: false,
    retirable: false,
    fields: [{ name: 'body', label: 'Text', type: 'markdown', maxLength: 20_000 }],
    ancestry: { region: true, field: true },
  },
};

export function kindBySegment(segment: string): ConceptKind | undefined {
  return Object.values(CONCEPT_KINDS).find((kind) => kind.segment === segment);
}
