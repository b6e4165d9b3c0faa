/** The five teasers of the county's KEK home page (2018), with their captions. */
export const slides = [
  {
    title: 'Prioritätensetzung',
    caption:
      'Die Umsetzung des KEK 2030 hat begonnen. Vertreter aus den Fachausschüssen und der Verwaltung haben die Handlungsansätze in einem Onlineverfahren bewertet und zeitlich eingeordnet.',
    linkUrl: '/prioritaeten',
    linkLabel: 'Zur Prioritätensetzung',
  },
  {
    title: 'Kreistag 12. Oktober 2017',
    caption:
      'Das Kreisentwicklungskonzept 2030 wurde am 12. Oktober 2017 im Kreistag einstimmig beschlossen. Es wurde von Politik, Bürgern und der Kreisverwaltung im Dialog entwickelt.',
    linkUrl: '/kek',
    linkLabel: 'Das KEK 2030 lesen',
  },
  {
    title: 'Aufbau des KEK',
    caption:
      'Drei Handlungsfelder mit strategischen Zielen, Teilzielen und Handlungsansätzen, ergänzt um Projektbeispiele und -ideen; dazu Querschnittsthemen, die überall mitgedacht werden.',
    linkUrl: '/kek',
    linkLabel: 'Zur Struktur des KEK',
  },
  {
    title: 'Regionalforen',
    caption:
      'Seit November 2015 ist in zahlreichen Veranstaltungen – Regionalforen, Fachforen und Expertenrunden – mit Bürgerinnen und Bürgern, Fachleuten, Unternehmen und Politik diskutiert worden.',
    linkUrl: '/veranstaltungen',
    linkLabel: 'Zu den Veranstaltungen',
  },
  {
    title: 'Jugendforum',
    caption:
      'Die Ziele des KEK sind als Ist-Zustand für das Jahr 2030 formuliert. Das KEK ist ein dynamischer Handlungsrahmen, der kontinuierlich weiterentwickelt wird.',
    linkUrl: '/beteiligung',
    linkLabel: 'Zur Beteiligung',
  },
];
