import type { ObjectLiteral } from 'typeorm';
import { CONCEPT_KINDS, type ConceptKind } from './concept-kinds.js';

interface Item extends ObjectLiteral {
  id: number;
  slug?: string;
}

/** A short German name of the item for lists, breadcrumbs and the audit log. */
export function itemLabel(kind: ConceptKind, item: ObjectLiteral): string {
  const text = (item.title ??
    item.text ??
    (item.field as ObjectLiteral | undefined)?.title ??
    '') as string;
  const plain = text.replace(/\*\*/g, '');
  return plain.length > 120 ? `${plain.slice(0, 117)}…` : plain;
}

/** The item's ancestors, root first, each with its kind (loaded through the kind's ancestry). */
export function ancestorsOf(
  kind: ConceptKind,
  item: ObjectLiteral,
): { kind: ConceptKind; item: Item }[] {
  const chain: { kind: ConceptKind; item: Item }[] = [];
  let current = { kind, item };
  while (current.kind.parent) {
    const parentKind = CONCEPT_KINDS[current.kind.parent.key];
    const parent = current.item[current.kind.parent.property] as Item | undefined;
    if (!parent) break;
    chain.unshift({ kind: parentKind, item: parent });
    current = { kind: parentKind, item: parent };
  }
  return chain;
}

/** Where the public sees the item (its own page, or the page it appears on). */
export function publicUrl(kind: ConceptKind, item: ObjectLiteral): string {
  const field = (ancestorsOf(kind, item).find((entry) => entry.kind.key === 'field')?.item ??
    (kind.key === 'focus' ? item.field : undefined)) as Item | undefined;
  const approach = ancestorsOf(kind, item).find((entry) => entry.kind.key === 'approach')?.item;
  switch (kind.key) {
    case 'field':
      return `/kek/${item.slug as string}`;
    case 'goal':
    case 'subGoal':
      return `/kek/${field?.slug ?? ''}#${item.slug as string}`;
    case 'approach':
      return `/kek/${field?.slug ?? ''}/${item.slug as string}`;
    case 'measure':
    case 'project':
      return `/kek/${field?.slug ?? ''}/${approach?.slug ?? ''}`;
    case 'theme':
      return `/kek/querschnittsthemen/${item.slug as string}`;
    case 'region':
      return `/kek/teilraeume/${item.slug as string}`;
    case 'focus':
      return `/kek/teilraeume/${(item.region as Item).slug ?? ''}`;
  }
}

export function adminUrl(kind: ConceptKind, item: { id: number }): string {
  return `/verwaltung/kek/${kind.segment}/${item.id}`;
}
