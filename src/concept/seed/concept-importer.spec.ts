import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { MIGRATED_TEMPLATE, createDatabaseFrom } from '../../../test/setup/test-database.js';
import { dataSourceOptions } from '../../database/data-source-options.js';
import { Approach } from '../entities/approach.entity.js';
import { Concept } from '../entities/concept.entity.js';
import { CrossCuttingTheme } from '../entities/cross-cutting-theme.entity.js';
import { FieldOfAction } from '../entities/field-of-action.entity.js';
import { Measure } from '../entities/measure.entity.js';
import { ProjectExample } from '../entities/project-example.entity.js';
import { Region } from '../entities/region.entity.js';
import { RegionalFocus } from '../entities/regional-focus.entity.js';
import { StrategicGoal } from '../entities/strategic-goal.entity.js';
import { SubGoal } from '../entities/sub-goal.entity.js';
import { SwotItem } from '../entities/swot-item.entity.js';
import { ConceptImporter } from './concept-importer.js';
import { kek2030 } from './kek-2030.data.js';

const ENTITIES = [
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
];

describe('ConceptImporter (real PostgreSQL)', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    const url = await createDatabaseFrom(MIGRATED_TEMPLATE);
    dataSource = await new DataSource({
      ...dataSourceOptions(url),
      entities: ENTITIES,
    }).initialize();
  });

  afterAll(() => dataSource.destroy());

  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        ENTITIES.map(
          async (entity) => [entity.name, await dataSource.manager.count(entity)] as const,
        ),
      ),
    );

  it('imports the whole concept into an empty database', async () => {
    const summary = await new ConceptImporter(dataSource.manager).import(kek2030);
    expect(summary).toEqual({ fields: 3, approaches: 49 });
    const imported = await counts();
    expect(imported).toMatchObject({
      Concept: 1,
      FieldOfAction: 3,
      StrategicGoal: 10,
      SubGoal: 24,
      Approach: 49,
      CrossCuttingTheme: 5,
      Region: 4,
      RegionalFocus: 12,
    });
    const measures = kek2030.fields
      .flatMap((field) => field.goals)
      .flatMap((goal) => goal.subGoals)
      .flatMap((subGoal) => subGoal.approaches)
      .flatMap((approach) => approach.measures);
    expect(imported.Measure).toBe(measures.length);
    expect(imported.ProjectExample).toBe(measures.flatMap((measure) => measure.projects).length);
  });

  it('keeps the document order and the tree', async () => {
    const approach = await dataSource.manager.findOneOrFail(Approach, {
      where: { slug: 'vernetzung-von-produzenten' },
      relations: { subGoal: { goal: { field: true } }, measures: true },
    });
    expect(approach.subGoal.goal.field.slug).toBe('starker-wirtschaftsstandort');
    const fields = await dataSource.manager.find(FieldOfAction, { order: { position: 'ASC' } });
    expect(fields.map((field) => field.slug)).toEqual([
      'starker-wirtschaftsstandort',
      'nachhaltiger-lebensraum',
      'lebenswerte-orte',
    ]);
  });

  it('changes nothing when run again', async () => {
    const before = await counts();
    const summary = await new ConceptImporter(dataSource.manager).import(kek2030);
    expect(summary).toEqual({ fields: 0, approaches: 0 });
    expect(await counts()).toEqual(before);
  });

  it('never overwrites what an editor changed later', async () => {
    await dataSource.manager.update(
      Approach,
      { slug: 'vernetzung-von-produzenten' },
      { title: 'Vernetzung von Produzentinnen und Produzenten' },
    );
    await dataSource.manager.update(
      CrossCuttingTheme,
      { slug: 'finanzen' },
      { body: 'Neu gefasst.' },
    );
    await new ConceptImporter(dataSource.manager).import(kek2030);
    const approach = await dataSource.manager.findOneByOrFail(Approach, {
      slug: 'vernetzung-von-produzenten',
    });
    const theme = await dataSource.manager.findOneByOrFail(CrossCuttingTheme, { slug: 'finanzen' });
    expect(approach.title).toBe('Vernetzung von Produzentinnen und Produzenten');
    expect(theme.body).toBe('Neu gefasst.');
  });
});
