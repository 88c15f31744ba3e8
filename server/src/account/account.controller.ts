import { Controller, Headers, Req, Res } from '@nestjs/common';
import { routes, type ValidatedBody } from '@rounds/shared';
import type { Request, Response } from 'express';
import { SESSION_COOKIE, AuthSessionsService } from '../auth/auth-sessions.service.js';
import { Actor } from '../common/actor.decorator.js';
import { ClientAddress, Route, ValidBody } from '../common/route.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { AccountDeletionService } from './account-deletion.service.js';
import { AccountExportService } from './account-export.service.js';
import { AccountPasswordService } from './account-password.service.js';

/** A person's own account: passwords, signing out everywhere, exporting and deleting. */
@Controller()
export class AccountController {
  constructor(
    private readonly passwords: AccountPasswordService,
    private readonly deletion: AccountDeletionService,
    private readonly exports: AccountExportService,
    private readonly sessions: AuthSessionsService,
  ) {}

  @Route(routes.requestPasswordReset)
  requestPasswordReset(
    @ValidBody(routes.requestPasswordReset) body: ValidatedBody<typeof routes.requestPasswordReset>,
    @ClientAddress() address: string,
  ) {
    return this.passwords.requestReset(body.email, { address });
  }

  @Route(routes.resetPassword)
  async resetPassword(@ValidBody(routes.resetPassword) body: ValidatedBody<typeof routes.resetPassword>): Promise<void> {
    await this.passwords.reset(body.token, body.password);
  }

  @Route(routes.changePassword)
  async changePassword(
    @Actor() actor: UserEntity,
    @ValidBody(routes.changePassword) body: ValidatedBody<typeof routes.changePassword>,
    @ClientAddress() address: string,
    @Headers('user-agent') userAgent: string | undefined,
    @Req() request: Request,
  ): Promise<void> {
    await this.passwords.change(actor, request.cookies?.[SESSION_COOKIE], body, { address, userAgent });
  }

  @Route(routes.signOutEverywhere)
  async signOutEverywhere(@Actor() actor: UserEntity, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.passwords.signOutEverywhere(actor);
    response.clearCookie(SESSION_COOKIE, this.sessions.cookieOptions);
  }

  @Route(routes.exportAccount)
  async exportAccount(@Actor() actor: UserEntity, @Res({ passthrough: true }) response: Response) {
    const data = await this.exports.export(actor);
    response.setHeader('Content-Disposition', `attachment; filename="rounds-account-${data.exportedAt.slice(0, 10)}.json"`);
    response.setHeader('Cache-Control', 'no-store');
    return data;
  }

  @Route(routes.deleteAccount)
  async deleteAccount(
    @Actor() actor: UserEntity,
    @ValidBody(routes.deleteAccount) body: ValidatedBody<typeof routes.deleteAccount>,
    @ClientAddress() address: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.deletion.delete(actor, body.password, { address });
    response.clearCookie(SESSION_COOKIE, this.sessions.cookieOptions);
  }
}
