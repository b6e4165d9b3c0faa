import { Injectable } from '@nestjs/common';
import { ConceptSearchService } from '../concept/concept-search.service.js';
import { toPrefixQuery } from '../common/search/full-text.js';
import { StaticPagesService } from './static-pages.service.js';

const KIND_LABELS = {
  approach: 'Handlungsansatz',
  field: 'Handlungsfeld',
  theme: 'Querschnittsthema',
  region: 'Teilraum',
  page: 'Seite',
} as const;

/** Search across the concept and the static pages. */
@Injectable()
export class SearchService {
  constructor(
    private readonly concept: ConceptSearchService,
    private readonly pages: StaticPagesService,
  ) {}

  async search(input: string) {
    const query = toPrefixQuery(input);
    const base = { pageTitle: input ? `Suche: ${input}` : 'Suche', query: input };
    if (!query) return { ...base, searched: input.trim().length > 0, results: [], count: 0 };
    const [conceptHits, pageHits] = await Promise.all([
      this.concept.search(query),
      this.pages.search(query),
    ]);
    const results = [
      ...conceptHits.map((hit) => ({ ...hit, label: KIND_LABELS[hit.kind] })),
      ...pageHits.map((hit) => ({ ...hit, path: [], label: KIND_LABELS.page })),
    ];
    return { ...base, searched: true, results, count: results.length };
  }
}
