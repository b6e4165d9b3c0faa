import { Controller, Get, Header, Render } from '@nestjs/common';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import { EvaluationService } from './evaluation.service.js';

@Controller('verwaltung/auswertung')
@RequireRoles('moderator', 'editor')
export class EvaluationAdminController {
  constructor(private readonly evaluation: EvaluationService) {}

  @Get()
  @Render('comments/admin/evaluation')
  async overview() {
    const { byField, byPhase, byApproach } = await this.evaluation.overview();
    return {
      pageTitle: 'Auswertung des Online-Forums',
      breadcrumbs: [{ title: 'Verwaltung', url: '/verwaltung' }],
      tables: [
        { title: 'Je Handlungsfeld', rows: byField },
        { title: 'Je Beteiligungsphase', rows: byPhase },
        { title: 'Je Handlungsansatz (mit Kommentaren)', rows: byApproach },
      ],
    };
  }

  @Get('kommentare.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="kek-kommentare.csv"')
  @Header('Cache-Control', 'no-store')
  csv(): Promise<string> {
    return this.evaluation.csv();
  }
}
