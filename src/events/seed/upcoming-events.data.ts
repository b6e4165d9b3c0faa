import type { EventFormat } from '../event-formats.js';

/** Two upcoming demo events with registration open; dates are relative to the day of seeding. */
export interface UpcomingEventSeed {
  slug: string;
  title: string;
  motto: string;
  format: EventFormat;
  formatNumber?: number;
  daysFromNow: number;
  startTime: string;
  endTime: string;
  venueName: string;
  venueAddress: string;
  accessibilityNotes: string;
  description: string;
  capacity: number;
  askAccessibilityNeeds: boolean;
  askDietaryNeeds: boolean;
  askOrganization: boolean;
  freeQuestion?: string;
  fieldSlugs: string[];
  approachSlugs: string[];
  /** The participation process the event belongs to (see src/participation/seed). */
  processSlug?: string;
}

export const upcomingEvents: UpcomingEventSeed[] = [
  {
    slug: 'regionalforum-ludwigslust-umsetzung-kek',
    title: 'Regionalforum Ludwigslust: Wie geht es weiter mit dem KEK 2030?',
    motto: 'Gemeinsam erfolgreich für den Landkreis',
    format: 'regional_forum',
    daysFromNow: 21,
    startTime: '17:00',
    endTime: '20:00',
    venueName: 'Kreisverwaltung Ludwigslust, Sitzungssaal',
    venueAddress: 'Garnisonsstraße 1, 19288 Ludwigslust',
    accessibilityNotes:
      'Der Sitzungssaal ist stufenlos mit dem Aufzug erreichbar; eine barrierefreie Toilette ist vorhanden. Eine Induktionsschleife kann auf Wunsch bereitgestellt werden.',
    description:
      'Der Landkreis stellt den Stand der Umsetzung des Kreisentwicklungskonzepts vor und diskutiert mit Ihnen, welche Handlungsansätze in den nächsten Jahren Vorrang haben sollen.\n\n**Ablauf:** Begrüßung, Bericht zum Umsetzungsstand, Diskussion an Thementischen zu den drei Handlungsfeldern, Ausblick.\n\n*Dies ist eine Demo-Veranstaltung des Beteiligungsportals.*',
    capacity: 60,
    askAccessibilityNeeds: true,
    askDietaryNeeds: true,
    askOrganization: true,
    fieldSlugs: ['starker-wirtschaftsstandort', 'nachhaltiger-lebensraum', 'lebenswerte-orte'],
    approachSlugs: [],
  },
  {
    slug: 'jugendforum-mobilitaet-auf-dem-land',
    title: 'Jugendforum: Mobil auf dem Land',
    motto: 'Wie kommst du hin, wo du hinwillst?',
    format: 'youth_forum',
    daysFromNow: 35,
    startTime: '14:00',
    endTime: '17:00',
    venueName: 'Jugendzentrum Parchim',
    venueAddress: 'Parchim',
    accessibilityNotes: 'Der Veranstaltungsraum liegt im Erdgeschoss und ist stufenlos erreichbar.',
    description:
      'Bus, Rad, Mitfahrbank oder Rufbus: Was brauchen junge Menschen, um im Landkreis mobil zu sein? Beim Jugendforum sammelst du Ideen, die in die Umsetzung des KEK 2030 einfließen.\n\n*Dies ist eine Demo-Veranstaltung des Beteiligungsportals.*',
    capacity: 25,
    askAccessibilityNeeds: true,
    askDietaryNeeds: true,
    askOrganization: false,
    freeQuestion: 'Welches Thema rund um Mobilität ist dir am wichtigsten?',
    fieldSlugs: ['lebenswerte-orte'],
    approachSlugs: ['weiterentwicklung-qualitaet-oepnv-und-e-mobilitaet'],
    processSlug: 'jugendforum-mobil-auf-dem-land',
  },
];
