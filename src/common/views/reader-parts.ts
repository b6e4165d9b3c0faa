import { randomBytes } from 'node:crypto';
import Handlebars from 'handlebars';
import type { ContentChanges } from '../page-cache/content-changes.js';

/**
 * A reader's own part of HTML rendered once for every reader: the form token, or one of the
 * variants a `perReader` block was rendered in (own comment, supported by the reader, …).
 */
type Slot =
  | { kind: 'token' }
  | { kind: 'choice'; part: string; id: string; flags: string[]; variants: Map<string, ReaderHtml> };

/** HTML with slots for each reader's own part: `texts[0]`, `slots[0]`, `texts[1]`, …, the last text. */
export interface ReaderHtml {
  texts: string[];
  slots: Slot[];
  /** Characters, for the budget of what is kept. */
  size: number;
}

/** The reader's state for a `perReader` block: its flags by name (`isOwn`, `subscribed`, …). */
export type ReaderFlags = (part: string, id: string) => Record<string, boolean>;

/**
 * How a block is rendered for every reader: kept under `key` (rendered from data of content
 * generation `loadedIn`), or `kept` already, and filled with this reader's flags.
 */
export interface ReaderRendering {
  key: string;
  loadedIn: number;
  kept?: ReaderHtml;
  reader: ReaderFlags;
}

/** The ids of the `perReader` blocks of one part (for example every comment) in kept HTML. */
export function partIds(html: ReaderHtml, part: string): string[] {
  return html.slots.flatMap((slot) =>
    slot.kind === 'choice' && slot.part === part ? [slot.id] : [],
  );
}

// Random per process: no text a reader writes can pose as a slot (and comments are escaped anyway).
const NONCE = randomBytes(9).toString('base64url');
const MARKER = new RegExp(`<!--${NONCE}:(\\d+)-->`);

type PendingSlot =
  | { kind: 'token' }
  | { kind: 'choice'; part: string; id: string; flags: string[]; variants: Map<string, string> };

/** Collects the slots of one rendering, marking their places in the output. */
class SlotCollector {
  private readonly slots: PendingSlot[] = [];

  add(slot: PendingSlot): Handlebars.SafeString {
    this.slots.push(slot);
    return new Handlebars.SafeString(`<!--${NONCE}:${this.slots.length - 1}-->`);
  }

  parse(html: string): ReaderHtml {
    const pieces = html.split(MARKER);
    const texts: string[] = [];
    const slots: Slot[] = [];
    let size = 0;
    pieces.forEach((piece, index) => {
      if (index % 2 === 0) {
        texts.push(piece);
        size += piece.length;
        return;
      }
      const slot = this.slots[Number(piece)];
      if (slot.kind === 'token') {
        slots.push(slot);
        return;
      }
      const variants = new Map<string, ReaderHtml>();
      for (const [key, variant] of slot.variants) {
        const parsed = this.parse(variant);
        variants.set(key, parsed);
        size += parsed.size;
      }
      slots.push({ ...slot, variants });
    });
    return { texts, slots, size };
  }
}

const variantKey = (flags: string[], values: Record<string, boolean>) =>
  flags.map((flag) => (values[flag] ? '1' : '0')).join('');

function fill(html: ReaderHtml, reader: ReaderFlags, token: () => string): string {
  let out = html.texts[0];
  html.slots.forEach((slot, index) => {
    if (slot.kind === 'token') {
      out += token();
    } else {
      const variant = slot.variants.get(variantKey(slot.flags, reader(slot.part, slot.id)));
      out += variant ? fill(variant, reader, token) : '';
    }
    out += html.texts[index + 1];
  });
  return out;
}

/**
 * The page's data as a block rendered for every reader may see it: whether someone is signed in,
 * not who (name, roles), so that nothing of the first reader can be kept for the others.
 */
function anyReader<T>(context: T): T {
  if (!context || typeof context !== 'object') return context;
  const masked = { ...context } as Record<string, unknown>;
  masked.currentUser = masked.currentUser ? SIGNED_IN : undefined;
  delete masked.isStaff;
  delete masked.canEditConcept;
  return masked as T;
}

const SIGNED_IN = Object.freeze({});

interface ReaderData {
  root?: { issueCsrfToken?: unknown };
  readerSlots?: SlotCollector;
}

/** The form token, or its slot while a block is rendered for every reader (see `csrfToken`). */
export function csrfTokenOrSlot(options: Handlebars.HelperOptions): string | Handlebars.SafeString {
  const data = options.data as ReaderData;
  if (data.readerSlots) return data.readerSlots.add({ kind: 'token' });
  const issue = data.root?.issueCsrfToken;
  return typeof issue === 'function' ? (issue as () => string)() : '';
}

/**
 * `{{#forEveryReader rendering}}…{{/forEveryReader}}` renders its block once for every reader,
 * keeps it until content changes, and fills in each reader's form token and `perReader` variants;
 * without a rendering (a page that shows a reader's own unpublished comments, or a form that
 * came back with errors) the block is rendered for this reader alone.
 *
 * `{{#perReader "comment" comment.id isOwn=comment.isOwn supported=comment.supportedByViewer as |reader|}}`
 * marks a part that differs per reader: rendered alone it gets the flags given; rendered for every
 * reader it is rendered in every combination of them and the reader's own is chosen per request.
 */
export function readerPartHelpers(changes: ContentChanges) {
  return {
    forEveryReader(
      this: unknown,
      rendering: ReaderRendering | undefined,
      options: Handlebars.HelperOptions,
    ): string {
      if (!rendering) return options.fn(this);
      const html =
        rendering.kept ??
        changes.keepRendered(rendering.key, rendering.loadedIn, () => {
          const collector = new SlotCollector();
          const data: ReaderData = Handlebars.createFrame(options.data) as ReaderData;
          data.readerSlots = collector;
          data.root = anyReader(data.root);
          return collector.parse(options.fn(anyReader(this), { data }));
        });
      const token = () => String(csrfTokenOrSlot(options));
      return fill(html, rendering.reader, token);
    },

    perReader(
      this: unknown,
      part: string,
      id: unknown,
      options: Handlebars.HelperOptions,
    ): string | Handlebars.SafeString {
      const flags = options.hash as Record<string, boolean>;
      const data = options.data as ReaderData;
      const collector = data.readerSlots;
      if (!collector) return options.fn(this, { data, blockParams: [flags] });
      const names = Object.keys(flags);
      const variants = new Map<string, string>();
      for (let combination = 0; combination < 2 ** names.length; combination += 1) {
        const values = Object.fromEntries(
          names.map((name, bit) => [name, (combination & (1 << bit)) !== 0]),
        );
        variants.set(
          variantKey(names, values),
          options.fn(this, { data, blockParams: [values] }),
        );
      }
      return collector.add({ kind: 'choice', part, id: String(id), flags: names, variants });
    },
  };
}
