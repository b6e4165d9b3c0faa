/** Two demo articles of the press office: one published a few days ago, one scheduled. */
export const demoArticles = [
  {
    slug: 'online-forum-zum-kek-2030-eroeffnet',
    title: 'Online-Forum zum KEK 2030 eröffnet',
    teaser:
      'Bürgerinnen und Bürger können die Handlungsansätze des Kreisentwicklungskonzepts jetzt online kommentieren.',
    body: 'Das Kreisentwicklungskonzept 2030 ist ein **dynamischer Handlungsrahmen**: Es wird weiterentwickelt und an den Bedarf angepasst. Im Online-Forum des Beteiligungsportals können Sie zu jedem der 49 Handlungsansätze Ihre Meinung und Ihre Ideen schreiben.\n\nDie Kommentare werden vor der Veröffentlichung von der Moderation geprüft. Der Landkreis antwortet auf Fragen mit einer Stellungnahme.\n\n*Dies ist ein Demo-Artikel des Beteiligungsportals.*',
    daysFromNow: -3,
  },
  {
    slug: 'einladung-zum-regionalforum-ludwigslust',
    title: 'Einladung zum Regionalforum in Ludwigslust',
    teaser:
      'Der Landkreis lädt zum Regionalforum ein: Wie geht es weiter mit der Umsetzung des KEK 2030?',
    body: 'Beim Regionalforum stellt der Landkreis den Stand der Umsetzung vor und diskutiert mit den Bürgerinnen und Bürgern, welche Handlungsansätze Vorrang haben sollen. Die Anmeldung ist über das Beteiligungsportal möglich.\n\n*Dies ist ein Demo-Artikel des Beteiligungsportals; er erscheint zum geplanten Zeitpunkt.*',
    daysFromNow: 2,
  },
] as const;
