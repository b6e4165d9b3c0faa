import type { StaticPageSeed } from './static-page-seed.types.js';

// The German content of the portal's static pages, shown at /seiten/<slug>.
// Bodies are Markdown; the page template renders the title as h1, so bodies start at ##.
// A line ending in "\\" (one backslash in the string) is a hard line break, used for addresses.
// Facts come from the seed documents in /work/shared/seeds (KEK portal 2018, concept KEK 2030).

export const staticPages: StaticPageSeed[] = [
  {
    slug: 'projektablauf',
    title: 'Projektablauf',
    summary:
      'Wie das KEK 2030 seit 2014 im Dialog entstanden ist und wie Sie sich heute beteiligen.',
    body: `Das Kreisentwicklungskonzept 2030 für den Landkreis Ludwigslust-Parchim – kurz
KEK 2030 – haben Politik, Kreisverwaltung sowie Bürgerinnen und Bürger gemeinsam im Dialog
entwickelt. Seit dem Startschuss im November 2015 wurde in zahlreichen Veranstaltungen mit
Bürgerinnen und Bürgern, Fachleuten, Unternehmen und Politik über die Themen des KEK diskutiert.
Diese Seite zeigt die wichtigsten Stationen.

## So können Sie sich beteiligen

Das KEK ist ein dynamischer Handlungsrahmen: Es wird kontinuierlich weiterentwickelt und, wenn
erforderlich, an den aktuellen Bedarf angepasst. Dieses Beteiligungsportal lädt Sie ein, daran
mitzuwirken:

- **Lesen:** Alle [Handlungsfelder, Ziele und Handlungsansätze des KEK 2030](/kek) sind hier
  veröffentlicht. Zum Lesen brauchen Sie kein Benutzerkonto.
- **Kommentieren:** Mit einem Benutzerkonto können Sie die Handlungsansätze online kommentieren
  und in den Foren mitdiskutieren. Bitte beachten Sie dabei unsere
  [Netiquette](/seiten/netiquette).
- **Vor Ort mitreden:** Das Portal informiert über Veranstaltungen wie Foren und Workshops. Zur
  Teilnahme können Sie sich online anmelden.

## Der Weg zum KEK 2030

### 2014 und 2015: Beschluss und Startschuss

- **2014** – Der Kreistag des Landkreises Ludwigslust-Parchim beschließt, ein
  Kreisentwicklungskonzept mit dem Zeithorizont 2030 zu erstellen.
- **19. November 2015** – Die Strategiekonferenz mit dem Verwaltungsvorstand um Landrat Rolf
  Christiansen gibt den Startschuss für die Erarbeitung des KEK. Vereinbart wird, dem Kreistag im
  Jahr 2017 ein KEK mit konkreten Lösungsansätzen und Maßnahmen zur Beschlussfassung vorzulegen.
  Das Konzept soll mit allen Akteuren im Landkreis gemeinsam erarbeitet und der Prozess für die
  Öffentlichkeit transparent und nachvollziehbar gestaltet werden.

### 2016 und 2017: Erarbeitung im Dialog

- **25. Januar 2016** – Workshop mit dem Kreistagsausschuss für Verwaltungsmodernisierung und
  Kreisentwicklung: Die Mitglieder bringen ihre Vorstellungen und Erwartungen an das KEK ein.
- **7. und 10. März 2016** – Gespräche mit den Fachdiensten der Kreisverwaltung: Die
  Führungskräfte geben Hinweise und Impulse aus ihrer täglichen Praxis.
- **22. März 2016** – 1. Fachforum „Stadtwerke und Kreisverwaltung“ mit dem Schwerpunkt
  Breitband in Ludwigslust.
- **April bis Juni 2016** – Workshops in den Ausschüssen des Kreistages: Die Mitglieder äußern
  frühzeitig ihre Ideen sowie ihre teilräumlichen und fachlichen Anliegen.
- **30. Mai 2016** – 2. Fachforum „Wirtschaftsstandort Ludwigslust-Parchim – Regionale Stärken
  und Entwicklungsperspektiven 2030“ in Parchim mit rund fünfzig Expertinnen und Experten.
- **2016 und 2017** – Regionalforen, unter anderem in Ludwigslust, weitere Fachforen, ein
  Jugendforum (2016) und Expertenrunden: Bürgerinnen und Bürger, Fachleute, Unternehmen und
  Politik diskutieren die Themen des KEK.
- **Sommer 2017** – Im KEK-Online-Forum können alle Interessierten ihre Meinung einbringen
  („KEK-Online-Forum: Ihre Meinung ist gefragt!“, Unser Landkreisbote 07/2017, S. 1).

Berichte, Protokolle und Präsentationen finden Sie bei den jeweiligen Veranstaltungen.

### 2017: Beschluss durch den Kreistag

- **12. Oktober 2017** – Der Kreistag beschließt das Kreisentwicklungskonzept 2030 einstimmig.
  Es enthält die Eckpfeiler für die strategische Ausrichtung der Kreisentwicklung.
- **Dezember 2017** – Das KEK 2030 ist im Internet abrufbar („Kreiszukunft jetzt übersichtlich
  im Netz“, Schweriner Volkszeitung, Parchimer Zeitung, 28. Dezember 2017, S. 11).

### Seit 2018: Umsetzung

- **August 2018** – Prioritätensetzung: Wie vom Kreistag am 12. Oktober 2017 beschlossen, werden
  die Handlungsansätze priorisiert. Vertreterinnen und Vertreter der Fachausschüsse und der
  Verwaltung bewerten dazu in einem Onlineverfahren die einzelnen Handlungsansätze und ordnen
  ihnen einen Zeithorizont zu.
- **Fortlaufend** – Welche Handlungsansätze tatsächlich umgesetzt werden, hängt von den
  künftigen Gegebenheiten ab. Das KEK wird deshalb als dynamischer Handlungsrahmen
  kontinuierlich weiterentwickelt – auch mit Ihren Hinweisen aus diesem Portal.`,
  },
  {
    slug: 'impressum',
    title: 'Impressum',
    summary: 'Anbieterkennzeichnung des Beteiligungsportals nach § 5 Digitale-Dienste-Gesetz.',
    body: `Angaben nach § 5 Digitale-Dienste-Gesetz (DDG)

## Herausgeber

Landkreis Ludwigslust-Parchim\\
Der Landrat\\
Garnisonsstraße 1\\
19288 Ludwigslust

Internet: [www.kreis-lup.de](https://www.kreis-lup.de)

Der Landkreis Ludwigslust-Parchim ist eine Körperschaft des öffentlichen Rechts. Er wird durch
den Landrat vertreten.

## Kontakt

Für Fragen zum Kreisentwicklungskonzept KEK 2030 und zu diesem Beteiligungsportal:

Alev Samur\\
Landkreis Ludwigslust-Parchim\\
Fachdienst Regionalmanagement und Europa\\
Garnisonsstraße 1\\
19288 Ludwigslust

Telefon: [03871 722-6006](tel:+4938717226006)\\
E-Mail: [alev.samur@kreis-lup.de](mailto:alev.samur@kreis-lup.de)

Allgemeine Informationen und Kontaktmöglichkeiten der Kreisverwaltung finden Sie unter
[www.kreis-lup.de](https://www.kreis-lup.de).

## Umsatzsteuer-Identifikationsnummer

Die Umsatzsteuer-Identifikationsnummer wird auf Anfrage mitgeteilt.

## Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV

Alev Samur\\
Landkreis Ludwigslust-Parchim\\
Fachdienst Regionalmanagement und Europa\\
Garnisonsstraße 1\\
19288 Ludwigslust

Kommentare von Nutzerinnen und Nutzern geben die Meinung ihrer Verfasserinnen und Verfasser
wieder. Offizielle Äußerungen des Landkreises sind als „Stellungnahme des Landkreises“
gekennzeichnet.

## Haftung für Inhalte

Wir erstellen die Inhalte dieses Portals mit Sorgfalt. Für ihre Richtigkeit, Vollständigkeit und
Aktualität übernehmen wir jedoch keine Gewähr. Kommentare von Nutzerinnen und Nutzern werden
moderiert. Erhalten wir Kenntnis von einem rechtswidrigen Beitrag, entfernen wir ihn unverzüglich.

## Haftung für Links

Dieses Portal enthält Links zu Websites anderer Anbieter. Für deren Inhalte ist allein der
jeweilige Anbieter verantwortlich. Zum Zeitpunkt der Verlinkung waren keine rechtswidrigen Inhalte
erkennbar. Werden uns Rechtsverletzungen bekannt, entfernen wir den betreffenden Link.

## Urheberrecht

Texte, Bilder, Grafiken und Dokumente in diesem Portal sind urheberrechtlich geschützt. Eine
Verwendung über die gesetzlich erlaubten Fälle hinaus – etwa ein Zitat – bedarf der Zustimmung
der jeweiligen Rechteinhaber. Die Rechte an Kommentaren liegen bei ihren Verfasserinnen und
Verfassern.

### Urheber der Bilder

In diesem Portal werden Bilder und Grafiken folgender Urheber genutzt:

- Georg Consulting / Achim Georg
- Georg Consulting / Marco Gaffrey
- Georg Consulting / Ulrike Biermann
- Institut Raum & Energie / T. Scheepmaker
- Institut Raum & Energie / L. Bode
- Landkreis Ludwigslust-Parchim
- Musikschule J. M. Sperger / Gerlind Bensler
- Westmecklenburg Klinikum Helene von Bülow
- www\\.mediaserver.hamburg.de / imagefoto.de
- VLP

## Open-Source-Software

Die Software dieses Beteiligungsportals ist Open Source. Sie steht unter der
Open-Source-Lizenz der Europäischen Union (EUPL) in der Version 1.2 (EUPL-1.2). Die Gestaltung
beruht auf dem KERN-Designsystem, das ebenfalls unter der EUPL-1.2 veröffentlicht ist.`,
  },
  {
    slug: 'datenschutz',
    title: 'Datenschutzerklärung',
    summary: 'Welche personenbezogenen Daten das Portal verarbeitet und welche Rechte Sie haben.',
    body: `Mit dieser Erklärung informieren wir Sie nach Art. 13 der
Datenschutz-Grundverordnung (DSGVO) darüber, welche personenbezogenen Daten wir im
Beteiligungsportal KEK 2030 verarbeiten, zu welchem Zweck und auf welcher Rechtsgrundlage – und
welche Rechte Sie haben.

## Das Wichtigste in Kürze

- Sie können alle Inhalte lesen, ohne sich anzumelden.
- Wir setzen keine Analyse- oder Tracking-Werkzeuge ein und binden keine Inhalte anderer
  Anbieter ein.
- Ein Cookie setzen wir nur, wenn Sie sich anmelden oder ein Formular absenden. Es ist technisch
  notwendig.
- Ihre Kommentare erscheinen unter einem Anzeigenamen, den Sie selbst wählen. Ein Pseudonym ist
  erlaubt.
- Ihre Daten können Sie jederzeit selbst herunterladen, und Ihr Konto können Sie selbst löschen.

## Verantwortlicher

Landkreis Ludwigslust-Parchim\\
Der Landrat\\
Garnisonsstraße 1\\
19288 Ludwigslust

Für Fragen zum Beteiligungsportal erreichen Sie Alev Samur, Fachdienst Regionalmanagement und
Europa, Telefon [03871 722-6006](tel:+4938717226006), E-Mail
[alev.samur@kreis-lup.de](mailto:alev.samur@kreis-lup.de).

## Datenschutzbeauftragter

Den Datenschutzbeauftragten des Landkreises erreichen Sie unter dieser Anschrift:

Landkreis Ludwigslust-Parchim\\
z. Hd. Datenschutzbeauftragter\\
Garnisonsstraße 1\\
19288 Ludwigslust

## Zwecke und Rechtsgrundlagen

Das Beteiligungsportal dient der Aufgabe des Landkreises, die Bürgerinnen und Bürger an der
Kreisentwicklung zu beteiligen und das Kreisentwicklungskonzept KEK 2030 gemeinsam
weiterzuentwickeln. Soweit unten nichts anderes steht, ist Rechtsgrundlage daher Art. 6 Abs. 1
lit. e DSGVO in Verbindung mit § 4 des Landesdatenschutzgesetzes Mecklenburg-Vorpommern
(DSG M-V): Die Verarbeitung ist zur Erfüllung einer Aufgabe im öffentlichen Interesse
erforderlich.

Bitten wir Sie um eine Einwilligung – zum Beispiel für einen Newsletter oder für Fotos bei
Veranstaltungen –, ist Rechtsgrundlage Art. 6 Abs. 1 lit. a DSGVO.

### Aufruf des Portals (Server-Logdateien)

Wenn Sie eine Seite aufrufen, verarbeitet der Server technisch notwendige Daten: Ihre
IP-Adresse, Datum und Uhrzeit des Abrufs, die aufgerufene Seite und technische Angaben zur
Anfrage, etwa den Statuscode der Antwort. Wir benötigen diese Daten, um die Seiten auszuliefern,
den sicheren und stabilen Betrieb zu gewährleisten und Angriffe zu erkennen und abzuwehren. Die
IP-Adresse wird nur zu diesen Sicherheitszwecken gespeichert und spätestens nach sieben Tagen
gelöscht.

### Cookies

Ein Cookie ist eine kleine Textdatei, die Ihr Browser speichert. Das Portal setzt ein
Sitzungs-Cookie nur, wenn Sie sich anmelden oder ein Formular absenden. Das Cookie enthält eine
zufällige Kennung. Mit ihr erkennt das Portal Sie während der Sitzung wieder und schützt
Formulare vor Missbrauch. Das Cookie ist technisch notwendig; nach § 25 Abs. 2 Nr. 2 des
Telekommunikation-Digitale-Dienste-Datenschutz-Gesetzes (TDDDG) ist dafür keine Einwilligung
erforderlich. Es wird gelöscht, wenn Sie sich abmelden oder die Sitzung abläuft.

### Benutzerkonto

Zum Kommentieren benötigen Sie ein Benutzerkonto. Dafür speichern wir:

- Ihre E-Mail-Adresse – für die Anmeldung und für Nachrichten zu Ihrem Konto,
- Ihr Passwort – nur als Hashwert, aus dem sich das Passwort nicht zurückrechnen lässt,
- Ihren öffentlichen Anzeigenamen – er erscheint bei Ihren Kommentaren. Sie können ein Pseudonym
  wählen; Ihren echten Namen müssen Sie nicht angeben.

Die Kontodaten speichern wir, bis Sie Ihr Konto löschen. Das können Sie jederzeit selbst tun:
[Konto löschen](/konto/loeschen).

### Kommentare

Ihre Kommentare werden mit Ihrem Anzeigenamen und dem Zeitpunkt des Beitrags veröffentlicht. Sie
sind für alle sichtbar und können auch von Suchmaschinen erfasst werden. Bitte geben Sie in
Kommentaren keine persönlichen Angaben über sich oder andere preis, die nicht öffentlich werden
sollen.

In vormoderierten Diskussionen prüft die Moderation Kommentare vor der Veröffentlichung. Dafür
speichern wir den Bearbeitungsstand eines Kommentars und gegebenenfalls den Grund, aus dem er
abgelehnt oder ausgeblendet wurde; diesen Grund teilen wir Ihnen mit. Wenn Sie einen Kommentar
melden, speichern wir Ihre Meldung, um sie zu prüfen.

Veröffentlichte Kommentare bleiben als Teil der Dokumentation des Beteiligungsprozesses
erhalten. Löschen Sie Ihr Konto, werden Ihre Kommentare ohne Anzeigenamen weitergeführt und
Ihrem Konto nicht mehr zugeordnet. Möchten Sie, dass wir einzelne Kommentare löschen, wenden Sie
sich bitte an uns.

### Anmeldung zu Veranstaltungen

Wenn Sie sich zu einer Veranstaltung anmelden, verarbeiten wir Ihren Namen, Ihre E-Mail-Adresse
und Ihre freiwilligen Antworten auf Fragen im Anmeldeformular. Wir nutzen diese Angaben, um die
Veranstaltung zu planen und durchzuführen und um Sie über Änderungen zu informieren. Wir
löschen sie, sobald die Veranstaltung nachbereitet ist.

Sie können uns außerdem mitteilen, was Sie für eine barrierefreie Teilnahme benötigen, zum
Beispiel eine Gebärdensprachdolmetschung oder einen rollstuhlgerechten Platz. Solche Angaben
können Gesundheitsdaten im Sinne von Art. 9 DSGVO sein. Wir fragen sie deshalb nur mit Ihrer
ausdrücklichen Einwilligung ab (Art. 9 Abs. 2 lit. a DSGVO). Die Angaben sind freiwillig und
werden nach der Veranstaltung gelöscht.

### E-Mails

Das Portal sendet Ihnen E-Mails, soweit dies für die Nutzung erforderlich ist – zum Beispiel zur
Bestätigung Ihrer E-Mail-Adresse, zum Zurücksetzen Ihres Passworts, zur Bestätigung einer
Anmeldung zu einer Veranstaltung oder um Ihnen eine Entscheidung der Moderation mitzuteilen.
Weitere E-Mails, etwa einen Newsletter, erhalten Sie nur mit Ihrer Einwilligung.

Wenn Sie uns eine E-Mail schreiben, verwenden wir Ihre Angaben, um Ihr Anliegen zu bearbeiten.
Wir bewahren die Nachricht auf, solange dies für die Bearbeitung erforderlich ist, und danach
nach den für die Verwaltung geltenden Aufbewahrungsvorschriften.

### Was wir nicht tun

- Wir messen keine Reichweite und setzen keine Analyse- oder Tracking-Werkzeuge ein.
- Wir binden keine Inhalte anderer Anbieter ein, zum Beispiel keine Karten, Videos oder
  Schaltflächen sozialer Netzwerke. Schriftarten und alle übrigen Dateien liefert das Portal
  selbst aus. Beim Aufruf einer Seite werden daher keine Daten an andere Anbieter übertragen.
- Wir treffen keine automatisierten Entscheidungen im Sinne von Art. 22 DSGVO und erstellen keine
  Profile.

Links zu anderen Websites führen Sie aus dem Portal hinaus. Dort gilt die Datenschutzerklärung
des jeweiligen Anbieters.

## Empfänger

- Das Portal wird vom technischen Dienstleister des Landkreises im Rahmen einer
  Auftragsverarbeitung betrieben (Art. 28 DSGVO). Er verarbeitet die Daten nur nach unserer
  Weisung; das gilt auch für den Versand von E-Mails.
- Innerhalb der Kreisverwaltung haben nur die Beschäftigten Zugriff, die das Portal betreuen,
  Kommentare moderieren oder Veranstaltungen organisieren – und nur, soweit sie die Daten dafür
  benötigen.
- Veröffentlichte Kommentare sind mit Ihrem Anzeigenamen für alle sichtbar.
- An andere Stellen geben wir Ihre Daten nur weiter, wenn wir gesetzlich dazu verpflichtet sind.
- Eine Übermittlung in Staaten außerhalb der Europäischen Union oder des Europäischen
  Wirtschaftsraums findet nicht statt.

## Speicherdauer

| Daten | Speicherdauer |
| --- | --- |
| IP-Adresse in Server-Logdateien | höchstens sieben Tage |
| Sitzungs-Cookie | bis zur Abmeldung oder zum Ende der Sitzung |
| Benutzerkonto | bis Sie Ihr Konto löschen |
| Veröffentlichte Kommentare | dauerhaft; nach Löschung des Kontos ohne Anzeigenamen |
| Anmeldung zu einer Veranstaltung | bis die Veranstaltung nachbereitet ist |
| Angaben zur barrierefreien Teilnahme | bis nach der Veranstaltung |
| Einwilligungen, zum Beispiel für einen Newsletter | bis zu Ihrem Widerruf |
| E-Mail-Anfragen | für die Bearbeitung, danach nach den Aufbewahrungsvorschriften |

## Müssen Sie Daten angeben?

Sie sind nicht verpflichtet, uns personenbezogene Daten zu geben. Ohne Benutzerkonto können Sie
jedoch keine Kommentare schreiben, und ohne Namen und E-Mail-Adresse können wir Ihre Anmeldung zu
einer Veranstaltung nicht annehmen.

## Ihre Rechte

Sie haben gegenüber dem Landkreis folgende Rechte:

- **Auskunft** über die zu Ihnen gespeicherten Daten (Art. 15 DSGVO). Die Daten Ihres
  Benutzerkontos können Sie jederzeit selbst herunterladen: [Meine Daten](/konto/daten).
- **Berichtigung** unrichtiger Daten (Art. 16 DSGVO).
- **Löschung** Ihrer Daten (Art. 17 DSGVO). Ihr Benutzerkonto können Sie selbst löschen:
  [Konto löschen](/konto/loeschen).
- **Einschränkung der Verarbeitung** (Art. 18 DSGVO).
- **Datenübertragbarkeit** (Art. 20 DSGVO), soweit die Verarbeitung auf Ihrer Einwilligung
  beruht.
- **Widerspruch** (Art. 21 DSGVO): Aus Gründen, die sich aus Ihrer besonderen Situation ergeben,
  können Sie der Verarbeitung Ihrer Daten auf Grundlage von Art. 6 Abs. 1 lit. e DSGVO jederzeit
  widersprechen.
- **Widerruf einer Einwilligung** (Art. 7 Abs. 3 DSGVO): Eine Einwilligung können Sie jederzeit
  mit Wirkung für die Zukunft widerrufen. Die bis dahin erfolgte Verarbeitung bleibt rechtmäßig.

Wenden Sie sich dazu an Alev Samur (Kontakt siehe oben) oder an den Datenschutzbeauftragten des
Landkreises.

## Beschwerde bei der Aufsichtsbehörde

Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren (Art. 77 DSGVO).
Zuständig für den Landkreis ist:

Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern\\
Werderstraße 74a\\
19055 Schwerin`,
  },
  {
    slug: 'barrierefreiheit',
    title: 'Erklärung zur Barrierefreiheit',
    summary: 'Wie barrierefrei das Beteiligungsportal ist und wie Sie uns Barrieren melden können.',
    body: `Der Landkreis Ludwigslust-Parchim ist bemüht, seine Websites im Einklang mit
§ 14 Absatz 1 des Landesbehindertengleichstellungsgesetzes Mecklenburg-Vorpommern (LBGG M-V) und der
Barrierefreie-Informationstechnik-Verordnung Mecklenburg-Vorpommern (BITVO M-V) barrierefrei
zugänglich zu machen.

Diese Erklärung zur Barrierefreiheit gilt für das Beteiligungsportal „KEK 2030 –
Beteiligungsportal“ des Landkreises Ludwigslust-Parchim.

## Stand der Vereinbarkeit mit den Anforderungen

Dieses Portal ist mit den Anforderungen des LBGG M-V und der BITVO M-V **teilweise vereinbar**.
Maßstab sind die Anforderungen der BITV 2.0 und der europäischen Norm EN 301 549. Die
Unvereinbarkeiten sind nachstehend aufgeführt.

## Nicht barrierefreie Inhalte

Die folgenden Inhalte sind nicht oder nur eingeschränkt barrierefrei:

- **Ältere PDF-Dokumente:** Protokolle, Mitschriften und Präsentationen aus den Jahren 2015 bis
  2017 sind nicht alle barrierefrei. Sie sind beim Download mit „nicht barrierefrei“
  gekennzeichnet. Auf Anfrage erhalten Sie den Inhalt in einer barrierefreien Form; wie Sie ihn
  anfordern, steht unter [Barriere melden](#barriere-melden).
- **Deutsche Gebärdensprache:** Erläuterungen in Deutscher Gebärdensprache (DGS) zu Inhalt und
  Bedienung des Portals stehen noch nicht überall als Video bereit.
- **Vorlesefunktion:** Die Vorlesefunktion nutzt die Sprachausgabe Ihres Browsers. Ob sie
  verfügbar ist und wie gut sie funktioniert, hängt vom Browser und vom Betriebssystem ab.
  Screenreader und andere Hilfsmittel sind davon nicht betroffen.

## Erstellung dieser Erklärung

Diese Erklärung wurde am 23. November 2026 erstellt. Grundlage ist eine Selbstbewertung des
Landkreises Ludwigslust-Parchim mit automatisierten Prüfungen (axe) und manuellen Tests.

## Barriere melden

Sind Sie auf eine Barriere gestoßen? Oder benötigen Sie einen Inhalt in barrierefreier Form,
zum Beispiel ein älteres PDF-Dokument? Dann schreiben Sie uns oder rufen Sie uns an:

Alev Samur\\
Landkreis Ludwigslust-Parchim\\
Fachdienst Regionalmanagement und Europa\\
Garnisonsstraße 1\\
19288 Ludwigslust

Telefon: [03871 722-6006](tel:+4938717226006)\\
E-Mail: [alev.samur@kreis-lup.de](mailto:alev.samur@kreis-lup.de)

Damit wir Ihnen schnell helfen können, nennen Sie uns bitte:

- die Seite oder das Dokument, um das es geht – am besten mit der Adresse aus der Adresszeile
  Ihres Browsers,
- was nicht funktioniert oder was Sie benötigen,
- womit Sie das Portal nutzen, zum Beispiel Browser, Screenreader oder Vergrößerungssoftware,
- wie wir Sie erreichen können und in welcher Form Sie die Antwort oder den Inhalt erhalten
  möchten.

Wir beantworten Ihre Nachricht so schnell wie möglich.

## Schlichtungsverfahren

Haben Sie innerhalb von sechs Wochen keine oder keine zufriedenstellende Antwort von uns
erhalten, können Sie sich an den Bürgerbeauftragten des Landes Mecklenburg-Vorpommern wenden.
Er nimmt insbesondere die Belange von Menschen mit Behinderungen wahr, vermittelt als
unabhängige Stelle zwischen Ihnen und der Verwaltung und wirkt auf eine einvernehmliche Lösung
hin. Das Verfahren ist kostenlos. Sie brauchen dafür keinen Rechtsbeistand.

Der Bürgerbeauftragte des Landes Mecklenburg-Vorpommern\\
Schloßstraße 8\\
19053 Schwerin

Internet: [www.buergerbeauftragter-mv.de](https://www.buergerbeauftragter-mv.de)

Außerdem können Sie bei der Überwachungsstelle des Landes Mecklenburg-Vorpommern für digitale
Barrierefreiheit beantragen, dass sie prüft, ob dieses Portal die Anforderungen an die
Barrierefreiheit erfüllt (Beschwerdeverfahren nach der BITVO M-V).`,
  },
  {
    slug: 'netiquette',
    title: 'Netiquette',
    summary:
      'Die Regeln für eine faire und sachliche Diskussion in den Foren des Beteiligungsportals.',
    body: `Das Beteiligungsportal lebt von Ihren Ideen, Hinweisen und Ihrer Kritik. Damit die
Diskussion für alle fair, sachlich und offen bleibt, bitten wir Sie, die folgenden Regeln zu
beachten.

## Respektvoll miteinander umgehen

Behandeln Sie andere so, wie Sie selbst behandelt werden möchten. Unterschiedliche Meinungen
sind ausdrücklich erwünscht. Kritik ist willkommen – richten Sie sie bitte an Inhalte, nicht an
Personen.

## Beim Thema bleiben

Jede Diskussion gehört zu einem Thema des KEK 2030. Beziehen Sie sich bitte auf den
Handlungsansatz, unter dem Sie schreiben. Begründen Sie Ihre Meinung und machen Sie, wenn
möglich, konkrete Vorschläge.

Anliegen ohne Bezug zum KEK – etwa Fragen zu einem eigenen Verwaltungsverfahren – richten Sie
bitte direkt an die Kreisverwaltung.

## Was nicht erlaubt ist

Nicht veröffentlicht werden Beiträge mit

- Beleidigungen, Beschimpfungen oder Herabwürdigungen anderer Menschen,
- rassistischen, sexistischen oder anderen diskriminierenden Äußerungen,
- Drohungen, Aufrufen zu Gewalt oder anderen strafbaren Inhalten,
- Werbung und Spam,
- personenbezogenen Daten anderer Menschen, zum Beispiel Namen, Anschriften, Telefonnummern oder
  Fotos von Privatpersonen,
- Inhalten, die Urheberrechte verletzen, zum Beispiel fremden Texten oder Bildern ohne
  Erlaubnis – kurze Zitate mit Quellenangabe sind in Ordnung,
- Links zu rechtswidrigen Inhalten.

## Anzeigename

Sie können unter einem Pseudonym schreiben. Ihr Anzeigename darf aber nicht den Eindruck
erwecken, Sie seien eine andere Person, eine Institution oder die Kreisverwaltung. Beleidigende
oder irreführende Anzeigenamen sind nicht erlaubt.

## Moderation

- In vormoderierten Diskussionen prüft die Moderation jeden Kommentar, bevor er veröffentlicht
  wird. Das kann etwas dauern.
- Die Moderation kann Kommentare, die gegen diese Regeln verstoßen, ablehnen oder ausblenden. In
  diesem Fall teilt sie Ihnen den Grund mit.
- Ein Anspruch auf Veröffentlichung besteht nicht.

## Kommentare melden

Ist Ihnen ein Kommentar aufgefallen, der gegen diese Regeln verstößt? Nutzen Sie die Schaltfläche
„Melden“ am Kommentar. Die Moderation prüft jede Meldung. Auf Provokationen antworten Sie am
besten nicht selbst – melden Sie sie.

## Stellungnahmen des Landkreises

Der Landkreis antwortet in den Diskussionen offiziell mit einer „Stellungnahme des Landkreises“.
Nur so gekennzeichnete Beiträge sind offizielle Äußerungen der Kreisverwaltung.

## Fragen zur Netiquette

Haben Sie Fragen zu diesen Regeln oder zu einer Entscheidung der Moderation? Dann wenden Sie sich
bitte an Alev Samur, Telefon [03871 722-6006](tel:+4938717226006), E-Mail
[alev.samur@kreis-lup.de](mailto:alev.samur@kreis-lup.de). Wie wir mit Ihren Daten umgehen,
steht in der [Datenschutzerklärung](/seiten/datenschutz).`,
  },
  {
    slug: 'leichte-sprache',
    title: 'Leichte Sprache',
    summary: 'Hier erklären wir das Beteiligungs-Portal in Leichter Sprache.',
    body: `## Was ist diese Internet-Seite?

Diese Internet-Seite gehört zum Land-Kreis Ludwigslust-Parchim.

Ein Land-Kreis ist ein Gebiet. In dem Gebiet gibt es viele Städte und Dörfer.

Auf dieser Internet-Seite geht es um einen Plan für den Land-Kreis.

Der Plan heißt: Kreis-Entwicklungs-Konzept 2030.

Die Abkürzung ist: KEK 2030.

Sie können hier Ihre Meinung zu dem Plan sagen.

Darum heißt die Internet-Seite: Beteiligungs-Portal.

Beteiligung heißt: Sie machen mit.

## Was ist das KEK 2030?

Das KEK 2030 ist ein Plan für den Land-Kreis.

Der Plan gilt bis zum Jahr 2030.

Im Plan steht: So soll der Land-Kreis im Jahr 2030 sein.

Und im Plan steht: Das können wir dafür tun.

Viele Menschen haben bei dem Plan mitgeholfen.

Zum Beispiel:

- Bürgerinnen und Bürger
- Politikerinnen und Politiker
- Menschen aus der Kreis-Verwaltung

Der Kreis-Tag hat dem Plan zugestimmt.

Das war am 12. Oktober 2017.

Im Kreis-Tag sitzen Politikerinnen und Politiker.

Die Menschen im Land-Kreis haben sie gewählt.

Wir machen den Plan immer weiter besser.

Dabei hilft uns Ihre Meinung.

## Die 3 Handlungs-Felder

Der Plan hat 3 große Themen.

Die Themen heißen: Handlungs-Felder.

### Starker Wirtschafts-Standort

Hier geht es um Arbeit und Firmen.

Zum Beispiel: gute Arbeits-Plätze und gute Ausbildungs-Plätze.

Es geht auch um Urlaub im Land-Kreis und um Land-Wirtschaft.

### Nachhaltiger Lebens-Raum

Hier geht es um Natur, Klima und Energie.

Nachhaltig heißt: Wir gehen gut mit der Natur um.

Dann haben auch die Menschen in der Zukunft eine gute Natur.

### Lebenswerte Orte

Hier geht es um das Leben in den Städten und Dörfern.

Zum Beispiel: Familie, Gesundheit, Schule, Freizeit, Bus und Bahn.

### Handlungs-Ansätze

In jedem Handlungs-Feld stehen Ideen.

Die Ideen heißen: Handlungs-Ansätze.

Ein Handlungs-Ansatz sagt: Das können wir tun.

Alle Handlungs-Felder und Handlungs-Ansätze finden Sie hier: [KEK 2030](/kek).

Diese Texte sind in schwerer Sprache.

## So können Sie mitmachen

### Lesen

Sie können alles auf dieser Internet-Seite lesen.

Dafür brauchen Sie kein Konto.

### Kommentare schreiben

Ein Kommentar ist ein kurzer Text.

In dem Text schreiben Sie Ihre Meinung.

Sie können Kommentare zu den Handlungs-Ansätzen schreiben.

Dafür brauchen Sie ein Benutzer-Konto.

So bekommen Sie ein Benutzer-Konto:

- Sie geben Ihre E-Mail-Adresse ein.
- Sie wählen ein Pass-Wort. Das Pass-Wort ist geheim.
- Sie wählen einen Namen. Alle sehen den Namen bei Ihrem Kommentar.

Sie dürfen auch einen Fantasie-Namen nehmen.

Es gibt Regeln für Kommentare.

Zum Beispiel: Seien Sie freundlich zu anderen Menschen.

Die Regeln heißen: Netiquette.

Das spricht man so: Nett-i-kett.

Hier stehen die Regeln: [Netiquette](/seiten/netiquette).

Wir lesen die Kommentare.

Manchmal lesen wir einen Kommentar zuerst.

Danach zeigen wir den Kommentar auf der Internet-Seite.

Manchmal antwortet der Land-Kreis auf Kommentare.

Über der Antwort steht dann: Stellungnahme des Landkreises.

### Zu Veranstaltungen kommen

Eine Veranstaltung ist ein Treffen.

Dort reden Menschen über das KEK 2030.

Auf dieser Internet-Seite finden Sie die Termine.

Sie können sich hier für eine Veranstaltung anmelden.

Brauchen Sie Hilfe bei der Veranstaltung?

Dann schreiben Sie das bei der Anmeldung.

Zum Beispiel: Sie brauchen einen Gebärden-Sprach-Dolmetscher.

Ein Gebärden-Sprach-Dolmetscher übersetzt in Gebärden-Sprache.

## Haben Sie Fragen?

Dann melden Sie sich bei:

Alev Samur\\
Landkreis Ludwigslust-Parchim\\
Fachdienst Regionalmanagement und Europa\\
Garnisonsstraße 1\\
19288 Ludwigslust

Telefon: [03871 722-6006](tel:+4938717226006)\\
E-Mail: [alev.samur@kreis-lup.de](mailto:alev.samur@kreis-lup.de)

## Eine Barriere melden

Eine Barriere ist ein Hindernis.

Im Internet heißt das zum Beispiel:

- Sie können einen Text nicht lesen.
- Sie können einen Knopf nicht benutzen.

Bitte sagen Sie uns das.

Dann können wir etwas ändern.

Schreiben Sie an Alev Samur.

Oder rufen Sie Alev Samur an.

Die Adresse und die Telefon-Nummer stehen oben.

Mehr dazu steht hier: [Erklärung zur Barriere-Freiheit](/seiten/barrierefreiheit#barriere-melden).

Diese Seite ist in schwerer Sprache.

## Gebärden-Sprache

Es gibt auch eine Seite für Gebärden-Sprache.

Hier ist die Seite: [Gebärden-Sprache](/seiten/gebaerdensprache).`,
  },
  {
    slug: 'gebaerdensprache',
    title: 'Gebärdensprache',
    summary:
      'Informationen zum Beteiligungsportal in Deutscher Gebärdensprache (DGS) und als Text.',
    body: `Auf dieser Seite bieten wir Informationen über das Beteiligungsportal in Deutscher
Gebärdensprache (DGS) als Video an. Wenn ein Video bereitsteht, sehen Sie es oben auf dieser
Seite. Die wichtigsten Informationen finden Sie hier auch als Text.

## Was finden Sie auf diesem Portal?

- **Das Kreisentwicklungskonzept KEK 2030:** Das ist ein Plan für die Entwicklung des
  Landkreises Ludwigslust-Parchim bis zum Jahr 2030. Der Kreistag hat ihn am 12. Oktober 2017
  beschlossen.
- **Drei Handlungsfelder:** Starker Wirtschaftsstandort, Nachhaltiger Lebensraum und Lebenswerte
  Orte. Zu jedem Handlungsfeld gibt es Ziele und Handlungsansätze. Sie finden sie unter
  [KEK 2030](/kek).
- **Kommentare:** Mit einem Benutzerkonto können Sie die Handlungsansätze kommentieren. Bitte
  beachten Sie die [Netiquette](/seiten/netiquette).
- **Veranstaltungen:** Das Portal informiert über Termine. Sie können sich online anmelden.
- **Leichte Sprache:** Eine Erklärung des Portals in [Leichter Sprache](/seiten/leichte-sprache).
- **Barrierefreiheit:** Wie barrierefrei das Portal ist, steht in der
  [Erklärung zur Barrierefreiheit](/seiten/barrierefreiheit).

## Dolmetschung bei Veranstaltungen

Sie möchten an einer Veranstaltung teilnehmen und benötigen eine Dolmetschung in Deutsche
Gebärdensprache? Geben Sie das bitte bei der Anmeldung an. Dann können wir es bei der Planung
berücksichtigen.

## Fragen und Kontakt

Haben Sie Fragen? Schreiben Sie uns am besten eine E-Mail:

Alev Samur\\
Landkreis Ludwigslust-Parchim\\
Fachdienst Regionalmanagement und Europa\\
Garnisonsstraße 1\\
19288 Ludwigslust

E-Mail: [alev.samur@kreis-lup.de](mailto:alev.samur@kreis-lup.de)\\
Telefon: [03871 722-6006](tel:+4938717226006)

Haben Sie eine Barriere im Portal gefunden? Dann nutzen Sie bitte
[Barriere melden](/seiten/barrierefreiheit#barriere-melden).`,
  },
];
