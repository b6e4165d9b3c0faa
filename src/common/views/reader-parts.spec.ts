import Handlebars from 'handlebars';
import type { ContentChanges } from '../page-cache/content-changes.js';
import { type ReaderHtml, type ReaderRendering, partIds, readerPartHelpers } from './reader-parts.js';
import { viewHelpers } from './view-helpers.js';

/** Keeps what is rendered under its key, as ContentChanges does while it listens. */
function keptInMemory() {
  const kept = new Map<string, ReaderHtml>();
  const changes = {
    keepRendered: (key: string, _loadedIn: number, render: () => ReaderHtml) => {
      if (!kept.has(key)) kept.set(key, render());
      return kept.get(key)!;
    },
  } as unknown as ContentChanges;
  return { kept, changes };
}

const COMMENTS = `{{#each comments}}{{#if @root.currentUser}}{{#perReader "comment" id isOwn=isOwn supported=supported as |reader|}}<form>{{> csrf}}{{#if reader.isOwn}}löschen {{id}}{{else if reader.supported}}zurücknehmen {{id}}{{else}}zustimmen {{id}}{{/if}}</form>{{/perReader}}{{/if}}
{{/each}}`;
const WHO = `<p>{{#if currentUser}}angemeldet{{currentUser.displayName}}{{@root.currentUser.displayName}}{{#if isStaff}} Verwaltung{{/if}}{{/if}}</p>`;

function pageTemplate(changes: ContentChanges, block: string) {
  const handlebars = Handlebars.create();
  handlebars.registerHelper({ ...viewHelpers, ...readerPartHelpers(changes) });
  handlebars.registerPartial('csrf', '<input name="_csrf" value="{{csrfToken}}">');
  return handlebars.compile(`{{#forEveryReader rendering}}${block}{{/forEveryReader}}`);
}

interface Reader {
  name: string;
  own: number[];
  supported: number[];
  token: string;
}

const readers: Reader[] = [
  { name: 'Anna', own: [1], supported: [2], token: 'token-anna' },
  { name: 'Bernd', own: [2], supported: [1, 3], token: 'token-bernd' },
];

/** The page as one reader gets it: alone (their own data) or from what is kept for every reader. */
function render(template: Handlebars.TemplateDelegate, reader: Reader, shared: boolean) {
  const rendering: ReaderRendering = {
    key: 'thread',
    loadedIn: 0,
    reader: (_part, id) => ({
      isOwn: reader.own.includes(Number(id)),
      supported: reader.supported.includes(Number(id)),
    }),
  };
  return template({
    rendering: shared ? rendering : undefined,
    currentUser: { displayName: reader.name },
    isStaff: reader.name === 'Anna',
    issueCsrfToken: () => reader.token,
    comments: [1, 2, 3].map((id) => ({
      id,
      isOwn: !shared && reader.own.includes(id),
      supported: !shared && reader.supported.includes(id),
    })),
  });
}

describe('a block rendered once for every reader', () => {
  it('gives each reader exactly the block rendered for them alone, with their own token', () => {
    const { kept, changes } = keptInMemory();
    const template = pageTemplate(changes, COMMENTS);
    for (const reader of readers) {
      const alone = render(pageTemplate(changes, COMMENTS), reader, false);
      expect(alone).toContain(`value="${reader.token}"`);
      expect(render(template, reader, true)).toBe(alone);
    }
    expect(kept.size).toBe(1);
    expect(partIds(kept.get('thread')!, 'comment')).toEqual(['1', '2', '3']);
  });

  it("keeps nothing of the first reader's name, roles or token for the next", () => {
    const { changes } = keptInMemory();
    const template = pageTemplate(changes, WHO + COMMENTS);
    expect(render(template, readers[0], false)).toContain('AnnaAnna Verwaltung');
    render(template, readers[0], true);
    const second = render(template, readers[1], true);
    expect(second).not.toContain('Anna');
    expect(second).not.toContain('Verwaltung');
    expect(second).not.toContain('token-anna');
    expect(second).toContain('<p>angemeldet</p>');
    expect(second).toContain('löschen 2');
    expect(second).toContain('zurücknehmen 1');
    expect(second).toContain('zurücknehmen 3');
  });
});
