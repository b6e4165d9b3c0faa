import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

/** Readiness for load balancers: 200 when the database answers, 503 otherwise. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
  ) {}

  @Get()
  async check(@Res() response: Response): Promise<void> {
    try {
      const result = await this.health.check([
        () =>
          this.indicators
            .check('database')
            .attempt(() => this.dataSource.query('SELECT 1'))
            .withTimeout(1500),
      ]);
      response.status(HttpStatus.OK).json(result);
    } catch (error) {
      const body = (error as { getResponse?: () => unknown }).getResponse?.() ?? {
        status: 'error',
      };
      response.status(HttpStatus.SERVICE_UNAVAILABLE).json(body);
    }
  }
}
