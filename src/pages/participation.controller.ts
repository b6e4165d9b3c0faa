import { Controller, Get, Render } from '@nestjs/common';
import { PhasesService } from '../comments/phases.service.js';

@Controller('beteiligung')
export class ParticipationController {
  constructor(private readonly phases: PhasesService) {}

  @Get()
  @Render('pages/participation')
  async overview() {
    const now = new Date();
    const phases = await this.phases.list();
    return {
      pageTitle: 'Beteiligung',
      current: phases.filter((phase) => phase.startsAt <= now && phase.endsAt > now),
      upcoming: phases.filter((phase) => phase.startsAt > now).reverse(),
      past: phases.filter((phase) => phase.endsAt <= now),
    };
  }
}
