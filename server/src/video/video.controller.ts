import { Controller, Headers, Req } from '@nestjs/common';
import { routes } from '@rounds/shared';
import type { Request } from 'express';
import { Actor } from '../common/actor.decorator.js';
import { Route, UuidParam, WithoutSession } from '../common/route.decorators.js';
import type { UserEntity } from '../users/user.entity.js';
import { CallIceServersService } from './call-ice-servers.service.js';
import { VideoTokensService } from './video-tokens.service.js';
import { VideoWebhooksService } from './video-webhooks.service.js';

@Controller()
export class VideoController {
  constructor(
    private readonly tokens: VideoTokensService,
    private readonly webhooks: VideoWebhooksService,
    private readonly iceServers: CallIceServersService,
  ) {}

  @Route(routes.createVideoToken)
  createToken(@Actor() actor: UserEntity, @UuidParam('sessionId') sessionId: string) {
    return this.tokens.mint(actor, sessionId);
  }

  @Route(routes.createCallIceServers)
  createIceServers(@Actor() actor: UserEntity, @UuidParam('sessionId') sessionId: string) {
    return this.iceServers.forSession(actor, sessionId);
  }

  /** The body stays raw (livekitWebhookBody, mounted before the JSON parser): the signature covers its exact bytes. */
  @Route(routes.livekitWebhook)
  @WithoutSession()
  async receiveWebhook(@Req() request: Request, @Headers('authorization') authorization: string | undefined) {
    await this.webhooks.receive(request.body, authorization);
  }
}
