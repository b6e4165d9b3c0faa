#!/usr/bin/env node
// Turns the county's concept text "KEK 2030" (extracted from the PDF) and the portal page
// "Querschnittsthemen" into the typed seed file src/concept/seed/kek-2030.data.ts.
//
// Usage: node scripts/extract-concept-seed.mjs [concept.txt] [themes.txt]
//
// The script is kept for provenance: every editorial decision (ignored page furniture, lost
// icons, keyword table for the cross-cutting themes) is visible here. It prints a summary and
// fails if the structure no longer matches the counts the concept states for itself.

import { readFileSync, writeFileSync } from 'node:fs';

const CONCEPT_PATH = process.argv[2] ?? '/work/shared/seeds/003_684203baff16bf5b.txt';
const THEMES_PATH = process.argv[3] ?? '/work/shared/seeds/004_31f715cae5e64dca.txt';
const OUTPUT_URL = new URL('../src/concept/seed/kek-2030.data.ts', import.meta.url);

// The concept names its own size (README, chapter I): 3 fields, 10 goals, 24 sub-goals,
// 49 approaches. A mismatch means the extraction broke, so the script refuses to write.
const EXPECTED = { fields: 3, goals: 10, subGoals: 24, approaches: 49 };

// The cover only has the subtitle in capitals, so it is spelled out here.
const SUBTITLE = 'Kreisentwicklungskonzept für den Landkreis Ludwigslust-Parchim';

// Region headings of the "Regionale Schwerpunkte" sections, in the portal's canonical order.
const REGIONS = [
  { heading: 'DAS SCHWERINER UMLAND', slug: 'schweriner-umland', title: 'Schweriner Umland' },
  { heading: 'WESTLICHER TEIL', slug: 'westlicher-teil', title: 'Westlicher Teil' },
  { heading: 'MITTLERER TEIL', slug: 'mittlerer-teil', title: 'Mittlerer Teil' },
  { heading: 'ÖSTLICHER TEIL', slug: 'oestlicher-teil', title: 'Östlicher Teil' },
];

const SWOT_HEADINGS = {
  Stärken: 'strengths',
  Schwächen: 'weaknesses',
  Chancen: 'opportunities',
  Risiken: 'threats',
};

// Editorial assignment of cross-cutting themes to approaches: a theme is assigned when the
// approach's title or one of its measures matches `match` (and not `unless`). Projects are
// not searched: a single example project should not define what the approach is about.
const THEME_KEYWORDS = [
  {
    theme: 'demografische-entwicklung',
    // Rückbau (of housing and infrastructure) is the concept's answer to population decline.
    match: /demograf|senior|älter|altersgerecht|rückbau/i,
  },
  {
    theme: 'teilhabe-integration-und-barrierefreiheit',
    match:
      /barrierefrei|integration|inklusion|teilhabe|zuwander|neuzugewandert|interkulturell|behindert/i,
    // "Integration" is also used for merging things, e.g. advertising into a marketing scheme.
    unless: /^Weitere Integration der touristischen Werbung/,
  },
  {
    theme: 'kooperationen',
    // The theme text names the "kooperativen Bürgerbüros" and the Metropolregion Hamburg.
    match:
      /kooperati|interkommunal|zusammenarbeit|netzwerk|vernetz|bündnis|(kommunen|gemeinde|kreis)übergreifend|verkehrsverbund|metropolregion/i,
  },
  {
    theme: 'digitalisierung',
    match: /digital|breitband|wlan|online|e-government|e-learning|telemedizin|mobilfunk/i,
  },
  {
    theme: 'finanzen',
    match: /finanz|haushalt|förderprogramm|fördermittel|förderungspotenzial/i,
  },
];

// --- text helpers -------------------------------------------------------------------------

/** Lines with non-breaking spaces made plain and trailing blanks removed (indent is kept). */
function toLines(text) {
  return text.split(/\r?\n/).map((line) => line.replace(/\u00a0/g, ' ').trimEnd());
}

function clean(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/** Overview pages end titles with the page number, e.g. "… Infrastruktur S. 9". */
function stripPageRef(text) {
  return text.replace(/\s+S\.\s*\d+$/, '');
}

/** Project titles are set in italics in the PDF; the portal shows them plain. */
function stripItalics(text) {
  const match = text.match(/^\*([^*].*[^*]|[^*])\*$/);
  return match ? match[1] : text;
}

/** The PDF extraction moved a bold marker into a parenthesis: "(**Tages-)**Touristen". */
function repairBold(text) {
  return text.replace(/\(\*\*([^*]+?)\)\*\*([^\s*]+)/g, '**($1)$2**');
}

/** Capitalised German words from an all-caps heading ("NATUR UND LANDSCHAFT"). */
function fromCapitals(text) {
  return text
    .toLowerCase()
    .split(' ')
    .map((word) => (word === 'und' ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/** Groups non-blank lines into blocks of trimmed lines. */
function lineBlocks(lines) {
  const blocks = [[]];
  for (const line of lines) {
    if (line.trim()) blocks.at(-1).push(line.trim());
    else if (blocks.at(-1).length > 0) blocks.push([]);
  }
  return blocks.filter((block) => block.length > 0);
}

/** Paragraphs of a text; lines wrapped by the PDF are joined with a space. */
function paragraphs(lines) {
  return lineBlocks(lines).map((block) => clean(block.join(' ')));
}

function indexOf(lines, predicate, from = 0) {
  for (let i = from; i < lines.length; i++) {
    if (predicate(lines[i].trim())) return i;
  }
  return -1;
}

function pushUnique(list, value) {
  if (!list.includes(value)) list.push(value);
}

// --- slugs --------------------------------------------------------------------------------

const TRANSLITERATION = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
// Articles and auxiliary verbs carry no meaning in a slug; a too long title loses them first.
const ARTICLES = new Set('der die das des den dem ein eine einen einem einer eines'.split(' '));
const FILLER_WORDS = new Set([...ARTICLES, ...'ist sind wird werden'.split(' ')]);
// A shortened slug should not end on a function word ("…-fuer", "…-und").
const STOP_WORDS = new Set([
  ...ARTICLES,
  ...'und oder sowie von vom fuer zur zum zu im in an am mit bei auf aus'.split(' '),
  ...'unter ueber zwischen nach durch um bis sich'.split(' '),
]);
const MAX_SLUG_WORDS = 6;
const MAX_SLUG_LENGTH = 60;

// Long titles whose automatic shortening ends on a dangling adjective or misses the point:
// hand-shortened, from the title's own words (keyed by the exact title).
const SLUG_OVERRIDES = {
  'Förderung der Arbeitsmarktintegration von Zuwanderinnen und Zuwanderern aus dem Ausland':
    'arbeitsmarktintegration-von-zuwanderinnen-und-zuwanderern',
  'Gestaltung eines konzeptionell gestützten und effizienten Übergangsmagements zwischen Schule, Ausbildung und Beruf (mit Bezug auf weiterführende und berufliche Schulen)':
    'uebergangsmanagement-schule-ausbildung-beruf',
  'Die Qualität der touristischen Infrastruktur ist bedarfsgerecht entwickelt und gesichert.':
    'touristische-infrastruktur-bedarfsgerecht-entwickelt',
  'Förderung der verkehrlichen Erreichbarkeit und der Attraktivität touristischer Anziehungspunkte':
    'erreichbarkeit-touristischer-anziehungspunkte',
  'Entwicklung von Instrumenten für ein bedarfsgerechtes und nachhaltiges Flächenmanagement':
    'instrumente-fuer-nachhaltiges-flaechenmanagement',
  'Einführung und Umsetzung von Planungsinstrumenten zur Förderung der (flächensparenden) Innenentwicklung der Orte („Innenentwicklung vor Außenentwicklung“)':
    'planungsinstrumente-fuer-innenentwicklung',
  'Entwicklung und Sicherung der Erholungsfunktionen in Natur und Landschaft':
    'erholungsfunktionen-in-natur-und-landschaft',
  'Stärkung der kooperativen Bürgerbüros und ihrer Wirkungen in die Fläche':
    'staerkung-der-kooperativen-buergerbueros',
  'Das Bildungsangebot ist leistungsfähig und erreicht alle Altersgruppen.':
    'bildungsangebot-erreicht-alle-altersgruppen',
  'Möglichkeiten zum lebenslangen Lernen für alle Bevölkerungsgruppen ausbauen':
    'lebenslanges-lernen-fuer-alle',
  'Das Mobilitätsangebot ist angemessen und zugänglich für alle Bevölkerungsgruppen.':
    'mobilitaetsangebot-angemessen-und-zugaenglich',
  'Begleitung, Beratung und Unterstützung zum Erhalt und Ausbau der kulturellen Einrichtungen':
    'erhalt-und-ausbau-kultureller-einrichtungen',
  'Bürgerschaftliches Engagement trägt wesentlich zur Lebensqualität bei.':
    'buergerschaftliches-engagement-traegt-zur-lebensqualitaet',
  'Effiziente Vernetzung zwischen bürgerschaftlichem Engagement, privaten und öffentlichen Initiativen':
    'vernetzung-von-engagement-und-initiativen',
};

/** Words of a title in ASCII; parentheses are qualifiers and left out of the slug. */
function slugWords(title) {
  return title
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/[äöüß]/g, (char) => TRANSLITERATION[char])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const fits = (words, maxWords) =>
  words.length <= maxWords && words.join('-').length <= MAX_SLUG_LENGTH;

/** Short titles keep every word; long ones lose their articles, then their tail. */
function shortSlug(title, maxWords) {
  let words = slugWords(title);
  if (ARTICLES.has(words[0])) words = words.slice(1);
  if (!fits(words, maxWords)) words = words.filter((word) => !FILLER_WORDS.has(word));
  while (!fits(words, maxWords) || STOP_WORDS.has(words.at(-1))) words = words.slice(0, -1);
  return words.join('-');
}

/** Slugs are unique across the whole concept; a clash takes more words of the title. */
function createSlugger() {
  const used = new Set();
  const claim = (slug) => {
    if (used.has(slug)) throw new Error(`Duplicate slug "${slug}"`);
    used.add(slug);
    return slug;
  };
  const slugify = (title) => {
    if (SLUG_OVERRIDES[title]) return claim(SLUG_OVERRIDES[title]);
    for (let maxWords = MAX_SLUG_WORDS; maxWords <= MAX_SLUG_WORDS + 3; maxWords++) {
      const slug = shortSlug(title, maxWords);
      if (!used.has(slug)) return claim(slug);
    }
    throw new Error(`No unique slug for "${title}"`);
  };
  // An override whose title no longer occurs would silently stop applying.
  slugify.unusedOverrides = () =>
    Object.entries(SLUG_OVERRIDES)
      .filter(([, slug]) => !used.has(slug))
      .map(([title]) => title);
  return slugify;
}

// --- document parts -----------------------------------------------------------------------

const FIELD_HEADER = /^(III|IV|V) HANDLUNGSFELD „(.+)“$/;
const CHAPTER_ONE = 'I ZIEL, INHALT UND AUFBAU DES KEK';
const REGIONAL_FOCUS = 'Regionale Schwerpunkte für Handlungsansätze';
// The imprint (contact persons) follows the last field's regional focus.
const IMPRINT = 'Landkreis Ludwigslust-Parchim';

const MONTHS = [
  ...'Januar Februar März April Mai Juni'.split(' '),
  ...'Juli August September Oktober November Dezember'.split(' '),
];

/** "Beschlossen vom Kreistag … am 12. Oktober 2017." on the cover. */
function parseAdoptionDate(text) {
  const match = clean(text).match(/Beschlossen vom Kreistag .*? am (\d{1,2})\. (\S+) (\d{4})/);
  if (!match) throw new Error('Adoption date not found');
  const month = MONTHS.indexOf(match[2]) + 1;
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}

/**
 * Chapter I has three pages, each headed by the chapter title: prose, the diagram of the
 * fields with their topics, and the legend. Only the prose page becomes the introduction.
 */
function chapterOnePages(lines) {
  const headers = [];
  for (let i = 0; i < lines.length; i++) if (lines[i] === CHAPTER_ONE) headers.push(i);
  const end = indexOf(lines, (line) => line === 'II QUERSCHNITTSTHEMEN');
  return headers.map((start, i) => lines.slice(start + 1, headers[i + 1] ?? end));
}

/** The diagram lists each field in capitals followed by its topics, one per line. */
function parseTopics(diagramLines, fieldName) {
  const blocks = lineBlocks(diagramLines);
  const index = blocks.findIndex((block) => block.length === 1 && block[0] === fieldName);
  if (index < 0) throw new Error(`Diagram has no field ${fieldName}`);
  const topics = [];
  let carry = '';
  for (const line of blocks[index + 1]) {
    const text = carry ? `${carry} ${line}` : line;
    // A topic broken over lines ends on "UND" or on an inflected adjective ("…LICHES").
    carry = /( UND|ES)$/.test(text) ? text : '';
    if (!carry) topics.push(fromCapitals(text));
  }
  return topics;
}

function parseThemes(lines) {
  const start = indexOf(lines, (line) => line === 'Querschnittsthemen');
  const end = indexOf(lines, (line) => line === 'Urheber der Bilder', start);
  const themes = [];
  for (const paragraph of paragraphs(lines.slice(start + 1, end))) {
    // Headings have no closing punctuation; everything else is body text of the last heading.
    if (!/[.!?]$/.test(paragraph)) themes.push({ title: paragraph, body: [] });
    else themes.at(-1).body.push(paragraph);
  }
  return themes.map(({ title, body }) => ({ title, body: body.join('\n\n') }));
}

/** Field blocks from a field's first page header to the next field (or the imprint). */
function fieldBlocks(lines) {
  const starts = [];
  for (let i = 0; i < lines.length; i++) {
    const match = lines[i].match(FIELD_HEADER);
    if (match && !starts.some((s) => s.numeral === match[1])) {
      starts.push({ numeral: match[1], name: match[2], index: i });
    }
  }
  const imprint = indexOf(lines, (line) => line === IMPRINT, starts.at(-1).index);
  return starts.map((start, i) => ({
    ...start,
    lines: lines.slice(start.index, starts[i + 1]?.index ?? imprint),
  }));
}

function nextPageHeader(lines, from) {
  const index = indexOf(lines, (line) => FIELD_HEADER.test(line), from);
  return index < 0 ? lines.length : index;
}

function parseSwot(lines) {
  const swot = { strengths: [], weaknesses: [], opportunities: [], threats: [] };
  let key = null;
  for (const line of lines) {
    const text = line.trim();
    if (SWOT_HEADINGS[text]) key = SWOT_HEADINGS[text];
    else if (key && text.startsWith('- ')) swot[key].push(repairBold(clean(text.slice(2))));
  }
  return swot;
}

/**
 * The overview page lists goals ("Strategisches Ziel:", title on the same or the next line),
 * sub-goals (plain lines) and approaches ("- > …"), each with a page reference. It gives the
 * hierarchy; the detail pages give the wording.
 */
function parseOverview(lines) {
  const goals = [];
  let goalTitleFollows = false;
  for (const line of lines.map(clean).filter(Boolean)) {
    const goal = line.match(/^Strategisches Ziel:\s*(.*)$/);
    if (goal) {
      if (goal[1]) goals.push({ title: goal[1], subGoals: [] });
      goalTitleFollows = !goal[1];
    } else if (goalTitleFollows) {
      goals.push({ title: line, subGoals: [] });
      goalTitleFollows = false;
    } else if (line.startsWith('- >')) {
      const subGoal = goals.at(-1).subGoals.at(-1);
      subGoal.approaches.push(stripPageRef(line.slice(3).trim()));
    } else if (goals.length > 0) {
      goals.at(-1).subGoals.push({ title: stripPageRef(line), approaches: [] });
    }
  }
  return goals;
}

/** Running projects carry ❖ (◆ in the legend), ideas 💡; a lost icon means an idea. */
function parseProject(text) {
  const icon = text.match(/^([❖◆💡])\s*/u);
  const kind = icon && icon[1] !== '💡' ? 'running' : 'idea';
  let title = clean(icon ? text.slice(icon[0].length) : text);
  let url;
  const link = title.match(/^\[(.+)\]\((\S+)\)$/) ?? title.match(/^(.*?)\s*<(https?:\/\/[^>]+)>$/);
  if (link) [, title, url] = link;
  // A trailing comma is a leftover of the PDF's inline list ("…, Echtzeitauskunft,").
  title = stripItalics(title).replace(/[,;]$/, '').trim();
  return url ? { kind, title, url } : { kind, title };
}

/**
 * Reads the detail pages of a field: one or more pages per approach, each headed by the field,
 * the list of all strategic goals and the sub-goal ("Teilziel: …"). Those headers are skipped.
 */
function parseDetailPages(lines) {
  const subGoals = [];
  let subGoal = null;
  let approach = null;
  // skip: page header up to "Teilziel:"; legal: legal bases; title: approach title follows.
  let mode = 'skip';

  const openApproach = (title) => {
    // The same title on the next page continues the approach (e.g. "Lebensbedingungen …").
    if (approach?.title !== title || !subGoal.approaches.includes(approach)) {
      approach = { title, measures: [] };
      subGoal.approaches.push(approach);
    }
    mode = 'approach';
  };

  const addApproachLine = (line, text) => {
    // Top-level bullets are measures.
    if (/^- /.test(line)) {
      approach.measures.push({ text: text.slice(2), projects: [] });
      return;
    }
    // Everything else is a project of the last measure: an indented bullet (whose icon may be
    // lost), or a line whose bullet was lost entirely: an icon line, an indented line or an
    // idea standing alone between blank lines (README: lost icons).
    const measure = approach.measures.at(-1);
    if (!measure) throw new Error(`Project without a measure: "${line}"`);
    measure.projects.push(parseProject(/^\s+-\s/.test(line) ? text.slice(2) : text));
  };

  for (const line of lines) {
    const text = clean(line);
    if (!text) continue;
    if (FIELD_HEADER.test(text)) {
      mode = 'skip';
      continue;
    }
    const teilziel = text.match(/^Teilziel:\s*(.+)$/);
    if (teilziel) {
      // The asterisk marks the footnote, it is not part of the title.
      const title = clean(teilziel[1].replace(/\*/g, ''));
      if (subGoal?.title !== title) {
        subGoal = { title, legalBases: [], footnotes: [], approaches: [] };
        subGoals.push(subGoal);
        approach = null;
      }
      mode = 'subGoal';
      continue;
    }
    if (mode === 'skip' || /^\*\*Zurück zur Übersicht/.test(text)) continue;

    const footnote = text.match(/^\*(?!\*)(.*[^*])$/);
    const legal = text.match(/^Gesetzliche Vorgaben?:\s*(.*)$/);
    const heading = text.match(/^Handlungsansatz:\s*(.*)$/);
    if (footnote) {
      // Repeated on every page of the sub-goal; kept once.
      pushUnique(subGoal.footnotes, clean(footnote[1]));
    } else if (legal) {
      mode = 'legal';
      if (legal[1]) subGoal.legalBases.push(legal[1]);
    } else if (heading) {
      if (heading[1]) openApproach(heading[1]);
      else mode = 'title';
    } else if (mode === 'title') {
      openApproach(text);
    } else if (mode === 'legal') {
      // A note under the legal basis ("Aktuell: …") has no field of its own: keep it as footnote.
      if (text.startsWith('- ')) subGoal.legalBases.push(text.slice(2));
      else pushUnique(subGoal.footnotes, text);
    } else if (mode === 'approach') {
      addApproachLine(line, text);
    } else {
      throw new Error(`Unexpected line in sub-goal "${subGoal.title}": "${line}"`);
    }
  }
  return subGoals;
}

/** Joins overview hierarchy and detail pages; sub-goals are matched by their title. */
function assembleGoals(overview, details, fieldName) {
  const pending = [...details];
  const notes = [];
  const goals = overview.map((goal) => ({
    title: goal.title,
    subGoals: goal.subGoals.map((outline) => {
      const detail = pending.shift();
      if (detail?.title !== outline.title) {
        throw new Error(`${fieldName}: sub-goal "${outline.title}" has no detail pages`);
      }
      if (detail.approaches.length !== outline.approaches.length) {
        throw new Error(`${fieldName}: approach count differs for "${outline.title}"`);
      }
      detail.approaches.forEach((approach, i) => {
        if (approach.title !== outline.approaches[i]) {
          notes.push(`overview "${outline.approaches[i]}" → detail "${approach.title}"`);
        }
      });
      return detail;
    }),
  }));
  if (pending.length > 0) throw new Error(`${fieldName}: sub-goals missing from the overview`);
  return { goals, notes };
}

/** One entry per region heading; the body keeps its paragraphs (and bold) as Markdown. */
function parseRegionalFocus(lines) {
  const entries = [];
  let current = null;
  for (const line of lines) {
    const region = REGIONS.find((r) => r.heading === line.trim());
    if (region) {
      current = { region: region.slug, lines: [] };
      entries.push(current);
    } else if (current) {
      current.lines.push(line);
    }
  }
  return entries.map(({ region, lines: body }) => ({
    region,
    body: paragraphs(body).join('\n\n'),
  }));
}

function assignThemes(approach) {
  const texts = [approach.title, ...approach.measures.map((m) => m.text)];
  return THEME_KEYWORDS.filter(({ match, unless }) =>
    texts.some((text) => match.test(text) && !unless?.test(text)),
  ).map(({ theme }) => theme);
}

function parseField(block, diagramLines, slugify) {
  const { lines } = block;
  const swotStart = indexOf(lines, (line) => line === 'Ausgangssituation');
  const overviewStart = indexOf(lines, (line) => line.startsWith('Strategisches Ziel'));
  const detailStart = indexOf(lines, (line) => line.startsWith('Teilziel:'));
  const regionalStart = indexOf(lines, (line) => line === REGIONAL_FOCUS);
  const title = fromCapitals(block.name);

  const { goals, notes } = assembleGoals(
    parseOverview(lines.slice(overviewStart, nextPageHeader(lines, overviewStart))),
    parseDetailPages(lines.slice(detailStart, regionalStart)),
    title,
  );

  const field = {
    slug: slugify(title),
    numeral: block.numeral,
    title,
    topics: parseTopics(diagramLines, block.name),
    swot: parseSwot(lines.slice(swotStart, nextPageHeader(lines, swotStart))),
    goals: goals.map((goal) => ({
      slug: slugify(goal.title),
      title: goal.title,
      subGoals: goal.subGoals.map((subGoal) => ({
        slug: slugify(subGoal.title),
        title: subGoal.title,
        legalBases: subGoal.legalBases,
        footnotes: subGoal.footnotes,
        approaches: subGoal.approaches.map((approach) => ({
          slug: slugify(approach.title),
          title: approach.title,
          measures: approach.measures,
          themes: assignThemes(approach),
        })),
      })),
    })),
    regionalFocus: parseRegionalFocus(lines.slice(regionalStart + 1)),
  };
  return { field, notes };
}

function buildSeed(conceptText, themesText) {
  const lines = toLines(conceptText);
  const [prosePage, diagramPage] = chapterOnePages(lines);
  const slugify = createSlugger();

  const crossCuttingThemes = parseThemes(toLines(themesText)).map((theme) => ({
    slug: slugify(theme.title),
    ...theme,
  }));
  const parsed = fieldBlocks(lines).map((block) => parseField(block, diagramPage, slugify));

  const seed = {
    title: 'KEK 2030',
    subtitle: SUBTITLE,
    adoptedOn: parseAdoptionDate(lines.slice(0, 20).join('\n')),
    introduction: paragraphs(prosePage).join('\n\n'),
    crossCuttingThemes,
    regions: REGIONS.map(({ slug, title }) => ({ slug, title })),
    fields: parsed.map((p) => p.field),
  };
  const unused = slugify.unusedOverrides().map((title) => `unused slug override: ${title}`);
  return { seed, notes: parsed.flatMap((p) => p.notes), problems: unused };
}

// --- output -------------------------------------------------------------------------------

const PRINT_WIDTH = 100;

/** Prettier's choice: single quotes unless the text has more of them than double quotes. */
function quote(text) {
  const escaped = text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
  const singles = (text.match(/'/g) ?? []).length;
  const doubles = (text.match(/"/g) ?? []).length;
  return singles > doubles
    ? `"${escaped.replace(/"/g, '\\"')}"`
    : `'${escaped.replace(/'/g, "\\'")}'`;
}

/**
 * TypeScript literal in Prettier's layout (objects expanded, short string arrays on one line,
 * long strings below their key), so the formatter has nothing to change.
 * `before` is the width of what precedes the value on its line.
 */
function toTs(value, indent = '', before = indent.length) {
  const inner = `${indent}  `;
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => toTs(item, inner));
    const oneLine = `[${items.join(', ')}]`;
    const allStrings = value.every((item) => typeof item === 'string');
    if (allStrings && before + oneLine.length + 1 <= PRINT_WIDTH) return oneLine;
    return `[\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).map(([key, item]) => property(key, item, inner));
  return `{\n${entries.join('\n')}\n${indent}}`;
}

function property(key, value, indent) {
  const head = `${indent}${key}: `;
  const line = `${head}${toTs(value, indent, head.length)},`;
  // Prettier keeps values of keys shorter than five characters on the key's line.
  if (typeof value !== 'string' || line.length <= PRINT_WIDTH || key.length < 5) return line;
  return `${indent}${key}:\n${indent}  ${quote(value)},`;
}

function render(seed) {
  return [
    '// Generated by scripts/extract-concept-seed.mjs from the concept "KEK 2030" — do not edit.',
    "import type { ConceptSeed } from './concept-seed.types.js';",
    '',
    `export const kek2030: ConceptSeed = ${toTs(seed)};`,
    '',
  ].join('\n');
}

function countBy(values) {
  const counts = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** Prints counts per field and returns everything that makes the data unusable. */
function summarize(seed, notes) {
  const totals = { fields: seed.fields.length, goals: 0, subGoals: 0, approaches: 0 };
  const problems = [];
  for (const field of seed.fields) {
    const subGoals = field.goals.flatMap((g) => g.subGoals);
    const approaches = subGoals.flatMap((s) => s.approaches);
    const measures = approaches.flatMap((a) => a.measures);
    const kinds = countBy(measures.flatMap((m) => m.projects.map((p) => p.kind)));
    totals.goals += field.goals.length;
    totals.subGoals += subGoals.length;
    totals.approaches += approaches.length;
    console.log(
      `${field.numeral} ${field.title}: ${field.goals.length} goals, ${subGoals.length} sub-goals, ` +
        `${approaches.length} approaches, ${measures.length} measures, ` +
        `${kinds.running ?? 0} running, ${kinds.idea ?? 0} ideas, ` +
        `${field.regionalFocus.length} regional focus entries`,
    );
    console.log(`  themes: ${JSON.stringify(countBy(approaches.flatMap((a) => a.themes)))}`);
    for (const approach of approaches.filter((a) => a.measures.length === 0)) {
      problems.push(`approach without measures: ${approach.title}`);
    }
    if (field.regionalFocus.length !== REGIONS.length) {
      problems.push(`${field.title}: ${field.regionalFocus.length} regional focus entries`);
    }
  }
  console.log(`Total: ${JSON.stringify(totals)}`);
  const empty = problems.filter((p) => p.startsWith('approach without measures'));
  console.log(`Approaches without measures: ${empty.length}`);
  for (const note of notes) console.log(`Title from detail page: ${note}`);

  for (const [key, expected] of Object.entries(EXPECTED)) {
    if (totals[key] !== expected) problems.push(`${key}: ${totals[key]}, expected ${expected}`);
  }
  const themeSlugs = seed.crossCuttingThemes.map((t) => t.slug);
  if (themeSlugs.length !== 5) problems.push(`${themeSlugs.length} cross-cutting themes`);
  for (const { theme } of THEME_KEYWORDS) {
    if (!themeSlugs.includes(theme)) problems.push(`keyword table names unknown theme ${theme}`);
  }
  return problems;
}

const { seed, notes, problems } = buildSeed(
  readFileSync(CONCEPT_PATH, 'utf8'),
  readFileSync(THEMES_PATH, 'utf8'),
);
problems.push(...summarize(seed, notes));
if (problems.length > 0) {
  for (const problem of problems) console.error(`ERROR ${problem}`);
  process.exit(1);
}
writeFileSync(OUTPUT_URL, render(seed));
console.log(`Wrote ${OUTPUT_URL.pathname}`);
