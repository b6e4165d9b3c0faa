import { Body, Controller, Get, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import { AuditLogService } from '../common/audit/audit-log.service.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import { ROLES, ROLE_LABELS, type SessionUser } from '../common/auth/roles.js';
import { addFlash } from '../common/session/web-session.js';
import { RolesDto } from './dto/user-admin-forms.dto.js';
import { UsersAdminService } from './users-admin.service.js';
import { CONFIRM_VIEW, type Confirmation } from '../common/forms/confirmation.js';
import { UuidParam } from '../common/params/id-param.decorator.js';
import { pageNumber } from '../common/views/page-number.js';

const BACK_OFFICE = { title: 'Verwaltung', url: '/verwaltung' };

@Controller('verwaltung')
@RequireRoles('admin')
export class UsersAdminController {
  constructor(
    private readonly users: UsersAdminService,
    private readonly audit: AuditLogService,
  ) {}

  @Get('nutzer')
  @Render('accounts/admin/users')
  async list(@Query('q') query: unknown, @Query('seite') page: unknown) {
    const search = typeof query === 'string' ? query.slice(0, 200) : '';
    const result = await this.users.search(search, pageNumber(page));
    return {
      pageTitle: 'Nutzerinnen und Nutzer',
      breadcrumbs: [BACK_OFFICE],
      query: search,
      ...result,
      users: result.users.map((user) => ({
        ...user,
        roleLabels: user.roles.map((role) => ROLE_LABELS[role]).join(', '),
      })),
    };
  }

  @Get('nutzer/:id')
  @Render('accounts/admin/user')
  async show(@UuidParam('id') id: string, @CurrentUser() actor: SessionUser) {
    const user = await this.users.find(id);
    return {
      pageTitle: user.displayName,
      breadcrumbs: [BACK_OFFICE, { title: 'Nutzerinnen und Nutzer', url: '/verwaltung/nutzer' }],
      user,
      isSelf: user.id === actor.id,
      roles: ROLES.filter((role) => role !== 'citizen').map((role) => ({
        value: role,
        label: ROLE_LABELS[role],
        checked: user.roles.includes(role),
      })),
    };
  }

  @Post('nutzer/:id/rollen')
  @Redirect('', 303)
  async setRoles(
    @UuidParam('id') id: string,
    @Body() form: RolesDto,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
  ) {
    await this.users.setRoles(actor, id, form.roles);
    addFlash(request, { kind: 'success', message: 'Die Rollen sind gespeichert.' });
    return { url: `/verwaltung/nutzer/${id}` };
  }

  @Get('nutzer/:id/sperren')
  @Render(CONFIRM_VIEW)
  confirmLock(@UuidParam('id') id: string): Confirmation {
    return {
      pageTitle: 'Konto sperren',
      breadcrumbs: [BACK_OFFICE, { title: 'Nutzerkonten', url: '/verwaltung/nutzer' }],
      question: 'Dieses Konto wirklich sperren?',
      consequence:
        'Es wird sofort überall abgemeldet und kann sich nicht mehr anmelden, bis Sie es wieder entsperren.',
      action: `/verwaltung/nutzer/${id}/sperren`,
      confirmLabel: 'Ja, sperren',
      cancelUrl: `/verwaltung/nutzer/${id}`,
    };
  }

  @Post('nutzer/:id/sperren')
  @Redirect('', 303)
  async lock(
    @UuidParam('id') id: string,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
  ) {
    await this.users.setLocked(actor, id, true);
    addFlash(request, {
      kind: 'success',
      message: 'Das Konto ist gesperrt und überall abgemeldet.',
    });
    return { url: `/verwaltung/nutzer/${id}` };
  }

  @Post('nutzer/:id/entsperren')
  @Redirect('', 303)
  async unlock(
    @UuidParam('id') id: string,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
  ) {
    await this.users.setLocked(actor, id, false);
    addFlash(request, { kind: 'success', message: 'Das Konto ist entsperrt.' });
    return { url: `/verwaltung/nutzer/${id}` };
  }

  @Get('protokoll')
  @Render('accounts/admin/audit-log')
  async auditLog(@Query('seite') page: unknown) {
    const current = pageNumber(page);
    const { entries, total } = await this.audit.list({ page: current, pageSize: 100 });
    return {
      pageTitle: 'Änderungsprotokoll',
      breadcrumbs: [BACK_OFFICE],
      entries,
      page: current,
      pageCount: Math.max(1, Math.ceil(total / 100)),
    };
  }
}
