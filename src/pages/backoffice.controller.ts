import { Controller, Get, Render } from '@nestjs/common';
import { DashboardService } from './dashboard.service.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import {
  ROLE_LABELS,
  type Role,
  STAFF_ROLES,
  type SessionUser,
  hasRole,
} from '../common/auth/roles.js';

interface Area {
  title: string;
  description: string;
  url: string;
  roles: Role[];
}

/** The back office's areas; each feature adds its own here as it lands. */
const AREAS: Area[] = [
  {
    title: 'Meine Bewertungen',
    description: 'Handlungsansätze in der Prioritätensetzung bewerten und zeitlich einordnen.',
    url: '/prioritaeten/bewerten',
    roles: ['delegate'],
  },
  {
    title: 'Prioritätensetzung',
    description: 'Runden anlegen, Delegierte einladen, Ergebnisse veröffentlichen.',
    url: '/verwaltung/prioritaeten',
    roles: ['admin'],
  },
  {
    title: 'KEK bearbeiten',
    description:
      'Handlungsfelder, Ziele, Handlungsansätze, Maßnahmen, Projekte, Themen und Teilräume; mit Fassungen.',
    url: '/verwaltung/kek',
    roles: ['editor'],
  },
  {
    title: 'Stand der Umsetzung',
    description:
      'Stand jedes Handlungsansatzes setzen, datierte Berichte zum Fortschritt ergänzen.',
    url: '/verwaltung/umsetzung',
    roles: ['editor'],
  },
  {
    title: 'Startseite',
    description: 'Die Teaser der Startseite: Bild, Text, Link, Reihenfolge, sichtbar oder nicht.',
    url: '/verwaltung/startseite',
    roles: ['editor'],
  },
  {
    title: 'Seiten',
    description: 'Projektablauf, Impressum, Datenschutz und weitere Seiten anlegen und bearbeiten.',
    url: '/verwaltung/seiten',
    roles: ['editor'],
  },
  {
    title: 'Ansprechpartner',
    description:
      'Ansprechpartner pflegen und festlegen, auf welchen Seiten, Handlungsfeldern und Veranstaltungen sie erscheinen.',
    url: '/verwaltung/ansprechpartner',
    roles: ['editor'],
  },
  {
    title: 'Presse',
    description:
      'Pressemitteilungen schreiben, prüfen, planen und veröffentlichen; Pressespiegel pflegen.',
    url: '/verwaltung/presse',
    roles: ['press'],
  },
  {
    title: 'Veranstaltungen',
    description:
      'Foren und Workshops anlegen, veröffentlichen, verlegen, absagen; Anmeldungen, Einlass, Dokumente.',
    url: '/verwaltung/veranstaltungen',
    roles: ['organizer'],
  },
  {
    title: 'Moderation',
    description:
      'Wartende und gemeldete Kommentare prüfen, freigeben, ablehnen, Stellungnahmen schreiben.',
    url: '/verwaltung/moderation',
    roles: ['moderator'],
  },
  {
    title: 'Auswertung',
    description:
      'Kommentare je Beteiligungsverfahren, Handlungsfeld und Handlungsansatz; CSV-Export.',
    url: '/verwaltung/auswertung',
    roles: ['moderator', 'editor'],
  },
  {
    title: 'Beteiligungsverfahren',
    description:
      'Online-Forum, Jugendforum und weitere Verfahren: Zielgruppe, Themen und Zeitraum festlegen, beenden.',
    url: '/verwaltung/beteiligungsverfahren',
    roles: ['editor'],
  },
  {
    title: 'Nutzerinnen und Nutzer',
    description: 'Konten finden, Rollen vergeben und entziehen, Konten sperren.',
    url: '/verwaltung/nutzer',
    roles: ['admin'],
  },
  {
    title: 'Änderungsprotokoll',
    description: 'Wer hat wann Rollen geändert, Konten gesperrt oder Beiträge moderiert?',
    url: '/verwaltung/protokoll',
    roles: ['admin'],
  },
];

@Controller('verwaltung')
export class BackofficeController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @RequireRoles(...STAFF_ROLES)
  @Render('pages/backoffice')
  async start(@CurrentUser() user: SessionUser) {
    return {
      pageTitle: 'Verwaltung',
      roleLabels: user.roles.map((role) => ROLE_LABELS[role]).join(', '),
      areas: AREAS.filter((area) => hasRole(user, area.roles)),
      ...(await this.dashboard.forUser(user)),
    };
  }
}
