// Past KEK events 2015–2016, from the county's page "Veranstaltungen" (seed source 000_51aa2854a30d8307.txt).
// The page gives no times: every event is a whole day. The "Weiterlesen" reports are not in the source.
import type { EventDocumentSeed, EventSeed } from './event-seed.types.js';

/** Intro to the committee workshops of April–June 2016 (sentences 1 and 3 of the page's intro). */
const COMMITTEE_WORKSHOPS_2016_INTRO =
  'Zur frühzeitigen Information über den KEK-Prozess sowie zur Bewertung der bisherigen Erkenntnisse finden im April/Mai/Juni 2016 Workshops mit den Ausschüssen des Landkreises statt. Dabei werden vor allem auch die spezifischen teilräumlichen und fachlichen Anliegen abgefragt.';

/** "Urheber der Bilder" – the page's credits, attached to the events shown with photos. */
const PAGE_IMAGE_CREDITS = [
  'Institut Raum & Energie / T. Scheepmaker',
  'Institut Raum & Energie / L. Bode',
];

function committeeWorkshopDocuments(): EventDocumentSeed[] {
  return [
    { kind: 'presentation', title: 'Präsentation (Arbeitsversion)', isWorkingVersion: true },
    { kind: 'minutes', title: 'Mitschrift' },
  ];
}

export const pastEvents: EventSeed[] = [
  {
    slug: 'ausschuss-workshop-naturschutz-umwelt-sicherheit-ordnung-2016-06-15',
    title: 'Workshop mit dem Ausschuss für Naturschutz / Umwelt / Sicherheit / Ordnung',
    format: 'committee_workshop',
    committees: ['Ausschuss für Naturschutz / Umwelt / Sicherheit / Ordnung'],
    startsAt: '2016-06-15T00:00:00+02:00',
    endsAt: '2016-06-15T23:59:00+02:00',
    allDay: true,
    description: COMMITTEE_WORKSHOPS_2016_INTRO,
    pressReferences: [],
    fieldSlugs: ['nachhaltiger-lebensraum', 'lebenswerte-orte'],
    approachSlugs: [],
    documents: committeeWorkshopDocuments(),
    imageCredits: [],
  },
  {
    slug: '2-fachforum-wirtschaftsstandort-2016-05-30',
    title:
      '2. Fachforum „Wirtschaftsstandort Ludwigslust-Parchim – Regionale Stärken und Entwicklungsperspektiven 2030“',
    motto:
      'Wirtschaftsstandort Landkreis Ludwigslust-Parchim 2030 – was wollen wir – was müssen wir tun?',
    format: 'expert_forum',
    formatNumber: 2,
    committees: [],
    startsAt: '2016-05-30T00:00:00+02:00',
    endsAt: '2016-05-30T23:59:00+02:00',
    allDay: true,
    venueName: 'Parchim',
    description:
      'Bei dem zweiten Fachforum des KEK-Prozesses am 30. Mai 2016 in Parchim standen Fragen der wirtschaftlichen Entwicklungsperspektiven im Vordergrund. Unter dem Motto „Wirtschaftsstandort Landkreis Ludwigslust-Parchim 2030 – was wollen wir – was müssen wir tun?“ haben sich rund fünfzig Experten, darunter Vertreterinnen und Vertreter der Unternehmerverbände, der Kammern und der Wirtschaftsförderung, den Themen Schwerpunktbranchen und Unternehmen, Fachkräfte und regionale Strategien gewidmet. Die Diskussion zeigte deutlich: Der Landkreis hat eine Reihe von wirtschaftlichen Stärken, die es weiter zu entwickeln gilt.',
    pressReferences: [],
    fieldSlugs: ['starker-wirtschaftsstandort'],
    approachSlugs: [
      'unterstuetzung-von-branchennetzwerken',
      'staerkung-attraktivitaet-arbeits-und-ausbildungsumfelds',
      'innovative-zielgruppenansprache',
    ],
    documents: [
      { kind: 'minutes', title: 'Protokoll der Veranstaltung' },
      {
        kind: 'presentation',
        title: 'Präsentation von Dr. Silvia Stiller',
        speaker: 'Dr. Silvia Stiller',
      },
      {
        kind: 'presentation',
        title: 'Präsentation von Berit Steinberg',
        speaker: 'Berit Steinberg',
      },
    ],
    imageCredits: [],
  },
  {
    slug: 'ausschuss-workshop-kreisausschuss-2016-05-04',
    title: 'Workshop mit dem Kreisausschuss',
    format: 'committee_workshop',
    committees: ['Kreisausschuss'],
    startsAt: '2016-05-04T00:00:00+02:00',
    endsAt: '2016-05-04T23:59:00+02:00',
    allDay: true,
    description: COMMITTEE_WORKSHOPS_2016_INTRO,
    pressReferences: [],
    fieldSlugs: [],
    approachSlugs: [],
    documents: committeeWorkshopDocuments(),
    imageCredits: [],
  },
  {
    slug: 'ausschuss-workshop-soziales-familie-gesundheit-2016-04-28',
    title: 'Workshop mit dem Ausschuss für Soziales / Familie / Gesundheit',
    format: 'committee_workshop',
    committees: ['Ausschuss für Soziales / Familie / Gesundheit'],
    startsAt: '2016-04-28T00:00:00+02:00',
    endsAt: '2016-04-28T23:59:00+02:00',
    allDay: true,
    description: COMMITTEE_WORKSHOPS_2016_INTRO,
    pressReferences: [],
    fieldSlugs: ['lebenswerte-orte'],
    approachSlugs: [],
    documents: committeeWorkshopDocuments(),
    imageCredits: [],
  },
  {
    slug: 'ausschuss-workshop-jugendhilfeausschuss-2016-04-20',
    title: 'Workshop mit dem Jugendhilfeausschuss',
    format: 'committee_workshop',
    committees: ['Jugendhilfeausschuss'],
    startsAt: '2016-04-20T00:00:00+02:00',
    endsAt: '2016-04-20T23:59:00+02:00',
    allDay: true,
    description: COMMITTEE_WORKSHOPS_2016_INTRO,
    pressReferences: [],
    fieldSlugs: ['lebenswerte-orte'],
    approachSlugs: [],
    documents: committeeWorkshopDocuments(),
    imageCredits: [],
  },
  {
    slug: 'ausschuss-workshop-wirtschaft-bau-tourismus-laendlicher-raum-landwirtschaft-2016-04-19',
    title:
      'Workshop mit dem Ausschuss für Wirtschaft / Bau / Tourismus und dem Ausschuss für Ländlichen Raum / Landwirtschaft (gemeinsame Sitzung)',
    format: 'committee_workshop',
    committees: [
      'Ausschuss für Wirtschaft / Bau / Tourismus',
      'Ausschuss für Ländlichen Raum / Landwirtschaft',
    ],
    startsAt: '2016-04-19T00:00:00+02:00',
    endsAt: '2016-04-19T23:59:00+02:00',
    allDay: true,
    description: COMMITTEE_WORKSHOPS_2016_INTRO,
    pressReferences: [],
    fieldSlugs: ['starker-wirtschaftsstandort', 'nachhaltiger-lebensraum'],
    approachSlugs: [],
    documents: committeeWorkshopDocuments(),
    imageCredits: [],
  },
  {
    slug: 'ausschuss-workshop-bildung-kultur-sport-2016-04-18',
    title: 'Workshop mit dem Ausschuss für Bildung / Kultur / Sport',
    format: 'committee_workshop',
    committees: ['Ausschuss für Bildung / Kultur / Sport'],
    startsAt: '2016-04-18T00:00:00+02:00',
    endsAt: '2016-04-18T23:59:00+02:00',
    allDay: true,
    description: COMMITTEE_WORKSHOPS_2016_INTRO,
    pressReferences: [],
    fieldSlugs: ['lebenswerte-orte'],
    approachSlugs: [],
    documents: committeeWorkshopDocuments(),
    imageCredits: [],
  },
  {
    slug: '1-fachforum-stadtwerke-und-kreisverwaltung-2016-03-22',
    title: '1. Fachforum „Stadtwerke und Kreisverwaltung“ mit dem Schwerpunkt Breitband',
    format: 'expert_forum',
    formatNumber: 1,
    committees: [],
    startsAt: '2016-03-22T00:00:00+01:00',
    endsAt: '2016-03-22T23:59:00+01:00',
    allDay: true,
    venueName: 'Ludwigslust',
    description:
      'Landrat Rolf Christiansen eröffnete am 22.03.2016 in Ludwigslust das 1. Fachforum im Rahmen des KEK. Vertreter der sechs Stadtwerke aus dem Landkreis Ludwigslust-Parchim, deren Gesellschafter sowie weitere Vertreter aus der Energiewirtschaft, aus den Fachdiensten der Kreisverwaltung und den Ausschüssen des Kreistages trafen sich zu einem intensiven, fachlichen Austausch. Im Fokus standen die Themen Kreisentwicklung und Stadtwerke, Möglichkeiten zur Kooperation in Richtung auf zukunftsfähige Infrastrukturen, Breitbandausbau sowie E-Mobilität. Fünf Referate brachten interessante Aspekte in die Diskussion ein. Die anwesenden Fachleute beendeten das 1. Fachforum mit einer gemeinsamen Festlegung. Sie sprachen sich dafür aus, einen Runden Tisch auf Kreisebene ins Leben zu rufen, um in diesem Rahmen, erweitert um (Ab-) Wasser-Zweckverbände, detailliert und lösungsorientiert nach Möglichkeiten einer Zusammenarbeit zu suchen.',
    pressReferences: [],
    fieldSlugs: ['starker-wirtschaftsstandort', 'nachhaltiger-lebensraum', 'lebenswerte-orte'],
    approachSlugs: [
      'weiterentwicklung-und-sicherung-qualitaet-infrastruktur',
      'sicherung-nachhaltiger-strukturen-technischen-infrastruktur',
      'umsetzung-regionales-energiekonzept-westmecklenburg',
      'weiterentwicklung-qualitaet-oepnv-und-e-mobilitaet',
    ],
    documents: [{ kind: 'minutes', title: 'Protokoll der Veranstaltung' }],
    imageCredits: [...PAGE_IMAGE_CREDITS],
  },
  {
    slug: 'gespraeche-mit-fachdiensten-2016-03-07',
    title: 'Gespräche mit Fachdiensten',
    format: 'expert_talk',
    committees: [],
    // Talks on 7 and 10 March 2016, kept as one event spanning both days.
    startsAt: '2016-03-07T00:00:00+01:00',
    endsAt: '2016-03-10T23:59:00+01:00',
    allDay: true,
    description:
      'Der Erarbeitungsprozess des KEK unter breiter interner wie externer Beteiligung geht weiter. So fanden am 7. und 10. März 2016 bereits zahlreiche Gespräche mit Fachdiensten statt. Dabei fand ein intensiver Austausch mit den Führungskräften aus der Kreisverwaltung insbesondere zu konkreten Fragen aus ihrem jeweiligen Fachgebiet statt. Sie konnten wichtige Hinweise und Impulse aus ihrer täglichen Praxiserfahrung einbringen und auf Herausforderungen aufmerksam machen, die wichtige Grundlagen liefern und in der weiteren inhaltlichen Erarbeitung des KEK Berücksichtigung finden werden.',
    pressReferences: [],
    fieldSlugs: [],
    approachSlugs: [],
    documents: [],
    imageCredits: [...PAGE_IMAGE_CREDITS],
  },
  {
    slug: 'ausschuss-workshop-verwaltungsmodernisierung-und-kreisentwicklung-2016-01-25',
    title: 'Workshop mit dem Ausschuss für Verwaltungsmodernisierung und Kreisentwicklung',
    format: 'committee_workshop',
    committees: ['Ausschuss für Verwaltungsmodernisierung und Kreisentwicklung'],
    startsAt: '2016-01-25T00:00:00+01:00',
    endsAt: '2016-01-25T23:59:00+01:00',
    allDay: true,
    description: `Nach dem Startschuss für die Erarbeitung des Kreisentwicklungskonzeptes 2030 für den Landkreis Ludwigslust-Parchim – KEK – im November 2015, folgte am 25.01.2016 ein weiterer Workshop mit dem Kreistagsausschuss für Verwaltungsmodernisierung und Kreisentwicklung.

Die Ausschussmitglieder hatten in dem Workshop ebenfalls die Gelegenheit, ihre Vorstellungen und Erwartungen an das KEK einzubringen. Dabei kamen unterschiedliche Aspekte sowie Themenvorschläge zur Sprache und wurden engagiert diskutiert. So sollten nach Ansicht der Ausschussmitglieder beispielsweise die Wirtschaft und die wirtschaftliche Entwicklung im Landkreis besondere Berücksichtigung im KEK finden. Des Weiteren sollten kommunale Handlungsräume aufgezeigt und alle Teilräume im Landkreis in den Prozess einbezogen werden. Man war sich darüber einig, Probleme und Konflikte im KEK-Prozess nicht auszusparen, sondern offen zu diskutieren und gemeinsam nach Lösungen zu suchen.`,
    pressReferences: ['Bericht im Landkreisboten Ausgabe 02/2016, Seite 2'],
    fieldSlugs: [],
    approachSlugs: [],
    documents: [],
    imageCredits: [],
  },
  {
    slug: 'strategiekonferenz-2015-11-19',
    title: 'Strategiekonferenz mit Verwaltungsvorstand',
    format: 'strategy_conference',
    committees: [],
    startsAt: '2015-11-19T00:00:00+01:00',
    endsAt: '2015-11-19T23:59:00+01:00',
    allDay: true,
    description: `Die Strategiekonferenz am 19.11.2015 mit den vier Vertretern der Verwaltungsspitze gab gewissermaßen den Startschuss für die Erarbeitung des Kreisentwicklungskonzeptes.

Im Rahmen des Workshops hatte der Verwaltungsvorstand, d.h. Landrat Rolf Christiansen, Wolfgang Schmülling, Beigeordneter und 1. Stellvertreter des Landrates, Günter Matschoß, Beigeordneter und 2. Stellvertreter des Landrates sowie Andreas Neumann, Beigeordneter die Gelegenheit, seine Vorstellungen zum KEK einzubringen, sich mit Handlungsfeldern auseinanderzusetzen, Ziele und Strategien zur weiteren Entwicklung des Landkreises, perspektivisch für den Zeitraum bis 2030, zu erörtern.

Man war sich darüber einig, dass dem Kreistag im Jahr 2017 ein KEK zur Beschlussfassung vorgelegt werden sollte, das konkrete Lösungsansätze und Maßnahmen als Handlungsgrundlage enthält. Zudem wies Landrat Christiansen darauf hin, das KEK mit allen Akteuren im Landkreis gemeinsam zu erarbeiten und den KEK-Prozess für die Öffentlichkeit transparent und nachvollziehbar zu gestalten.`,
    pressReferences: [
      'Bericht im Landkreisboten Ausgabe 12/2015, Seite 3',
      'Schweriner Volkszeitung / Ausgabe Parchimer Zeitung vom 16.12.2015',
    ],
    fieldSlugs: [],
    approachSlugs: [],
    documents: [],
    imageCredits: [...PAGE_IMAGE_CREDITS],
  },
];
