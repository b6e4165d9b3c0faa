import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  HEADLINE_OPTIONS,
  TITLE_HEADLINE_OPTIONS,
  highlightToHtml,
} from '../common/search/full-text.js';

export interface ConceptSearchHit {
  kind: 'approach' | 'field' | 'theme' | 'region';
  url: string;
  /** Where the hit sits in the concept, e.g. field › goal › sub-goal. */
  path: string[];
  titleHtml: string;
  snippetHtml: string;
}

interface Row {
  kind: ConceptSearchHit['kind'];
  url: string;
  path: string[];
  title_headline: string;
  snippet: string;
}

// Each searchable unit of the concept as one document: an approach with its measures and
// projects, a field with its SWOT and regional focus, a theme, a region with its focus texts.
const DOCUMENTS = `
  SELECT 'approach' AS kind, '/kek/' || f.slug || '/' || a.slug AS url,
         ARRAY[f.title, g.title, sg.title] AS path, a.title,
         concat_ws(E'\\n', string_agg(DISTINCT m.text, E'\\n'), string_agg(DISTINCT p.title, E'\\n')) AS body,
         1 AS weight, f.position * 1000000 + g.position * 10000 + sg.position * 100 + a.position AS ordinal
  FROM approach a
  JOIN sub_goal sg ON sg.id = a.sub_goal_id
  JOIN strategic_goal g ON g.id = sg.goal_id
  JOIN field_of_action f ON f.id = g.field_id
  LEFT JOIN measure m ON m.approach_id = a.id
  LEFT JOIN project_example p ON p.measure_id = m.id
  GROUP BY a.id, f.id, g.id, sg.id
  UNION ALL
  SELECT 'field', '/kek/' || f.slug, ARRAY['Handlungsfeld'], f.title,
         concat_ws(E'\\n', array_to_string(f.topics, ', '),
           (SELECT string_agg(g.title, E'\\n') FROM strategic_goal g WHERE g.field_id = f.id),
           (SELECT string_agg(sg.title, E'\\n') FROM sub_goal sg JOIN strategic_goal g ON g.id = sg.goal_id WHERE g.field_id = f.id),
           (SELECT string_agg(s.text, E'\\n') FROM swot_item s WHERE s.field_id = f.id)),
         2, f.position
  FROM field_of_action f
  UNION ALL
  SELECT 'theme', '/kek/querschnittsthemen/' || t.slug, ARRAY['Querschnittsthema'], t.title, t.body, 3, t.position
  FROM cross_cutting_theme t
  UNION ALL
  SELECT 'region', '/kek/teilraeume/' || r.slug, ARRAY['Teilraum'], r.title,
         (SELECT string_agg(rf.body, E'\\n') FROM regional_focus rf WHERE rf.region_id = r.id), 4, r.position
  FROM region r
`;

@Injectable()
export class ConceptSearchService {
  constructor(private readonly dataSource: DataSource) {}

  /** Full-text search (German configuration) over the concept; `query` comes from toPrefixQuery. */
  async search(query: string, limit = 50): Promise<ConceptSearchHit[]> {
    const rows = await this.dataSource.query<Row[]>(
      `WITH documents AS (${DOCUMENTS}),
            q AS (SELECT to_tsquery('german', $1) AS query)
       SELECT d.kind, d.url, d.path,
              ts_headline('german', d.title, q.query, $2) AS title_headline,
              ts_headline('german', replace(coalesce(d.body, ''), '**', ''), q.query, $3) AS snippet
       FROM documents d, q,
            LATERAL (SELECT setweight(to_tsvector('german', d.title), 'A') ||
                            setweight(to_tsvector('german', coalesce(d.body, '')), 'B') AS vector) v
       WHERE v.vector @@ q.query
       ORDER BY ts_rank(v.vector, q.query) DESC, d.weight, d.ordinal
       LIMIT $4`,
      [query, TITLE_HEADLINE_OPTIONS, HEADLINE_OPTIONS, limit],
    );
    return rows.map((row) => ({
      kind: row.kind,
      url: row.url,
      path: row.path,
      titleHtml: highlightToHtml(row.title_headline),
      snippetHtml: highlightToHtml(row.snippet),
    }));
  }
}
