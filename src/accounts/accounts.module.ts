import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountTokensService } from './account-tokens.service.js';
import { AccountsController } from './accounts.controller.js';
import { AccountsService } from './accounts.service.js';
import { DisplayNamePolicy } from './display-name-policy.service.js';
import { AccountToken } from './entities/account-token.entity.js';
import { User } from './entities/user.entity.js';
import { LocalStrategy, LoginGuard, SessionSerializer } from './local.strategy.js';
import { LoginThrottle } from './login-throttle.service.js';
import { PasswordService } from './password.service.js';
import { DemoAccountsSeeder } from './seed/demo-accounts.seeder.js';
import { UsersAdminController } from './users-admin.controller.js';
import { UsersAdminService } from './users-admin.service.js';

@Module({
  imports: [
    DiscoveryModule,
    PassportModule.register({ session: true }),
    TypeOrmModule.forFeature([User, AccountToken]),
  ],
  controllers: [AccountsController, UsersAdminController],
  providers: [
    AccountsService,
    AccountTokensService,
    DisplayNamePolicy,
    PasswordService,
    UsersAdminService,
    LocalStrategy,
    LoginGuard,
    LoginThrottle,
    SessionSerializer,
    DemoAccountsSeeder,
  ],
  exports: [AccountsService],
})
export class AccountsModule {}
