import { kek2030 } from './kek-2030.data.js';

const goals = kek2030.fields.flatMap((field) => field.goals);
const subGoals = goals.flatMap((goal) => goal.subGoals);
const approaches = subGoals.flatMap((subGoal) => subGoal.approaches);

describe('KEK 2030 seed data', () => {
  it('holds the whole concept: 3 fields, 10 goals, 24 sub-goals, 49 approaches, 5 themes', () => {
    expect(kek2030.fields.map((field) => field.title)).toEqual([
      'Starker Wirtschaftsstandort',
      'Nachhaltiger Lebensraum',
      'Lebenswerte Orte',
    ]);
    expect(goals).toHaveLength(10);
    expect(subGoals).toHaveLength(24);
    expect(approaches).toHaveLength(49);
    expect(kek2030.crossCuttingThemes.map((theme) => theme.title)).toEqual([
      'Demografische Entwicklung',
      'Teilhabe, Integration und Barrierefreiheit',
      'Kooperationen',
      'Digitalisierung',
      'Finanzen',
    ]);
  });

  it('keeps the approach that continues over two pages as one approach with the measures of both', () => {
    const title = 'Lebensbedingungen für Kinder, Jugendliche und Eltern weiter verbessern';
    const matches = approaches.filter((approach) => approach.title === title);
    expect(matches).toHaveLength(1);
    const measures = matches[0].measures.map((measure) => measure.text);
    expect(measures[0]).toMatch(
      /^Sicherstellung eines bedarfsgerechten Kindertagesstättenangebotes/,
    );
    expect(measures).toContain(
      'Beratungslandschaft und -angebote für Familien auf hohem Niveau und in Vielfalt erhalten und über eine Beratungsstelle bündeln (Weiterbildung von Familien)',
    );
    expect(measures.at(-1)).toBe(
      'Erhaltung der Beratungslandschaft im sozialen Bereich und Bündelung der Kompetenzen',
    );
  });

  it('gives every approach at least one measure', () => {
    const empty = approaches.filter((approach) => approach.measures.length === 0);
    expect(empty.map((approach) => approach.title)).toEqual([]);
  });

  it('attaches running projects and ideas to the measure they stand under', () => {
    const infrastructure = approaches.find((approach) =>
      approach.title.startsWith('Weiterentwicklung und Sicherung der Qualität der Infrastruktur'),
    );
    const broadband = infrastructure?.measures.find((measure) =>
      measure.text.includes('Breitband'),
    );
    expect(broadband?.projects).toEqual([
      expect.objectContaining({
        kind: 'running',
        title: expect.stringContaining('Breitbandausbau'),
      }),
      expect.objectContaining({ kind: 'idea', title: expect.stringContaining('Runder Tisch') }),
      expect.objectContaining({ kind: 'idea', title: 'Kostenloses WLAN an öffentlichen Punkten' }),
    ]);
  });

  it('keeps ideas whose icon was lost in extraction as ideas', () => {
    const products = approaches.find(
      (approach) => approach.title === 'Förderung regionaler Produkte',
    );
    const titles = products?.measures[0].projects.map((project) => [project.kind, project.title]);
    expect(titles).toEqual([
      ['running', 'Initiative landwirtschaftliche, regionale Produkte'],
      ['idea', expect.stringMatching(/^Landesprojekt Forum ländliche Entwicklung/)],
      ['idea', 'Aufbau Regiobranding für landwirtschaftliche Produkte'],
    ]);
  });

  it('uses unique, readable slugs', () => {
    const slugs = [...goals, ...subGoals, ...approaches].map((item) => item.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(approaches.map((approach) => approach.slug)).toContain('vernetzung-von-produzenten');
  });

  it('keeps SWOT emphasis, legal bases, footnotes and the regional focus of all four regions', () => {
    const [economy, living] = kek2030.fields;
    expect(economy.swot.strengths[0]).toContain('**Zunehmende Beschäftigung**');
    for (const field of kek2030.fields) {
      expect(field.swot.strengths.length).toBeGreaterThan(0);
      expect(field.swot.threats.length).toBeGreaterThan(0);
      expect(field.regionalFocus.map((focus) => focus.region).sort()).toEqual([
        'mittlerer-teil',
        'oestlicher-teil',
        'schweriner-umland',
        'westlicher-teil',
      ]);
    }
    const centralPlaces = living.goals[0].subGoals[0];
    expect(centralPlaces.legalBases).toEqual([
      'Landesraumentwicklungsprogramm von 2016',
      'Regionales Raumentwicklungsprogramm Westmecklenburg von 2011',
    ]);
    expect(centralPlaces.footnotes[0]).toMatch(/^Ankergemeinden verfügen über Angebote/);
    expect(centralPlaces.title).not.toContain('*');
  });
});
