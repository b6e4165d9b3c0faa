import { Controller, Get, Header, Query, Render } from '@nestjs/common';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import { ProcessesService } from '../participation/processes.service.js';
import { EvaluationService } from './evaluation.service.js';

/** `?verfahren=<id>` narrows the counts and the CSV to one participation process. */
@Controller('verwaltung/auswertung')
@RequireRoles('moderator', 'editor')
export class EvaluationAdminController {
  constructor(
    private readonly evaluation: EvaluationService,
    private readonly processes: ProcessesService,
  ) {}

  @Get()
  @Render('comments/admin/evaluation')
  async overview(@Query('verfahren') processParam: unknown) {
    const processes = await this.processes.list();
    const filter = processes.find((process) => String(process.id) === processParam);
    const { byField, byProcess, byApproach } = await this.evaluation.overview(filter?.id);
    const within = filter ? ` im Verfahren „${filter.title}“` : '';
    return {
      pageTitle: 'Auswertung der Online-Beteiligung',
      breadcrumbs: [{ title: 'Verwaltung', url: '/verwaltung' }],
      filter: filter ?? null,
      csvUrl: `/verwaltung/auswertung/kommentare.csv${filter ? `?verfahren=${filter.id}` : ''}`,
      processOptions: processes.map((process) => ({
        value: process.id,
        label: process.title,
        selected: process.id === filter?.id,
      })),
      tables: [
        { title: 'Je Beteiligungsverfahren', rows: byProcess },
        { title: `Je Handlungsfeld${within}`, rows: byField },
        { title: `Je Handlungsansatz (mit Kommentaren)${within}`, rows: byApproach },
      ],
    };
  }

  @Get('kommentare.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="kek-kommentare.csv"')
  @Header('Cache-Control', 'no-store')
  async csv(@Query('verfahren') processParam: unknown): Promise<string> {
    const processes = await this.processes.list();
    const filter = processes.find((process) => String(process.id) === processParam);
    return this.evaluation.csv(filter?.id);
  }
}
