import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { csvFile } from '../common/text/csv.js';
import { STATUS_LABELS } from './comment-state.js';

interface CountRow {
  key: string;
  title: string;
  field_title?: string;
  published: number;
  pending: number;
  rejected: number;
  hidden: number;
  total: number;
}

const COUNTS = `count(c.id) FILTER (WHERE c.status = 'published')::int AS published,
  count(c.id) FILTER (WHERE c.status = 'pending')::int AS pending,
  count(c.id) FILTER (WHERE c.status = 'rejected')::int AS rejected,
  count(c.id) FILTER (WHERE c.status = 'hidden')::int AS hidden,
  count(c.id)::int AS total`;
const NOT_DELETED = 'c.deleted_by_author_at IS NULL';
/** $1: a process id, or null for all processes. */
const IN_PROCESS = '($1::int IS NULL OR c.process_id = $1)';

/** Numbers and the CSV export for the administration's evaluation of the participation. */
@Injectable()
export class EvaluationService {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts per field and approach (of all processes or of one) and per process. */
  async overview(processId?: number) {
    const parameters = [processId ?? null];
    const [byField, byApproach, byProcess] = await Promise.all([
      this.dataSource.query<CountRow[]>(
        `SELECT f.slug AS key, f.title, ${COUNTS}
         FROM field_of_action f
         LEFT JOIN strategic_goal g ON g.field_id = f.id
         LEFT JOIN sub_goal sg ON sg.goal_id = g.id
         LEFT JOIN approach a ON a.sub_goal_id = sg.id
         LEFT JOIN comment c ON c.approach_id = a.id AND ${NOT_DELETED} AND ${IN_PROCESS}
         GROUP BY f.id ORDER BY f.position`,
        parameters,
      ),
      this.dataSource.query<CountRow[]>(
        `SELECT a.slug AS key, a.title, f.title AS field_title, ${COUNTS}
         FROM approach a
         JOIN sub_goal sg ON sg.id = a.sub_goal_id
         JOIN strategic_goal g ON g.id = sg.goal_id
         JOIN field_of_action f ON f.id = g.field_id
         JOIN comment c ON c.approach_id = a.id AND ${NOT_DELETED} AND ${IN_PROCESS}
         GROUP BY a.id, f.id ORDER BY total DESC, f.position, a.title`,
        parameters,
      ),
      this.dataSource.query<CountRow[]>(
        `SELECT p.id::text AS key, p.title, ${COUNTS}
         FROM participation_process p
         LEFT JOIN comment c ON c.process_id = p.id AND ${NOT_DELETED}
         GROUP BY p.id ORDER BY p.starts_at DESC`,
      ),
    ]);
    return { byField, byApproach, byProcess };
  }

  /**
   * Every comment (of all processes or of one) with its process and place in the concept, as CSV
   * with a BOM so spreadsheets read umlauts.
   */
  async csv(processId?: number): Promise<string> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT c.id, c.parent_id, c.created_at, c.status, c.body, c.support_count, c.deleted_by_author_at,
              u.display_name, a.title AS approach, f.title AS field, p.title AS process, oa.body AS answer
       FROM comment c
       JOIN approach a ON a.id = c.approach_id
       JOIN sub_goal sg ON sg.id = a.sub_goal_id
       JOIN strategic_goal g ON g.id = sg.goal_id
       JOIN field_of_action f ON f.id = g.field_id
       JOIN participation_process p ON p.id = c.process_id
       LEFT JOIN app_user u ON u.id = c.author_id
       LEFT JOIN official_answer oa ON oa.comment_id = c.id
       WHERE ${IN_PROCESS}
       ORDER BY f.position, g.position, sg.position, a.position, c.created_at`,
      [processId ?? null],
    );
    const header = [
      'Kommentar-Nr.',
      'Antwort auf Nr.',
      'Datum',
      'Handlungsfeld',
      'Handlungsansatz',
      'Beteiligungsverfahren',
      'Anzeigename',
      'Status',
      'Text',
      'Zustimmungen',
      'Stellungnahme des Landkreises',
    ];
    return csvFile(
      header,
      rows.map((row) => [
        row.id,
        row.parent_id ?? '',
        (row.created_at as Date).toISOString(),
        row.field,
        row.approach,
        row.process,
        row.deleted_by_author_at
          ? 'vom Verfasser gelöscht'
          : (row.display_name ?? 'gelöschtes Konto'),
        STATUS_LABELS[row.status as keyof typeof STATUS_LABELS],
        row.body,
        row.support_count,
        row.answer ?? '',
      ]),
    );
  }
}
