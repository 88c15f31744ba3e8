import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  applyRoomAction,
  roomLogEntry,
  roomRoleOf,
  snapshotQuestions,
  type RoomActionRequest,
  type RoomJoinRequest,
  type RoomNoteRequest,
  type RoomNoteResult,
  type RoomRefusal,
  type RoomState,
  type RoomView,
} from '@rounds/shared';
import { DataSource } from 'typeorm';
import { forbidden, notFound } from '../common/problem.js';
import { SocketRequestError } from '../realtime/socket-request-error.js';
import type { AppSocket } from '../realtime/socket.types.js';
import type { UserEntity } from '../users/user.entity.js';
import { halvesAskedBy } from './room-halves.js';
import { RoomLoaderService } from './room-loader.service.js';
import { RoomPresenceService } from './room-presence.service.js';
import { RoomViewsService } from './room-views.service.js';
import { RoomRepository } from './room.repository.js';

type ActOutcome = { accepted: true; state: RoomState } | { accepted: false; state: RoomState; refusal: RoomRefusal };

/**
 * The live interview room's socket requests: entering it, acting in it (the state under a row lock with its
 * version, and the log of every accepted action) and the interviewers' private notes. The rules of the room
 * itself are the pure reducer in shared/src/room; loading, views and presence are the services beside this one.
 */
@Injectable()
export class RoomService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rooms: RoomRepository,
    private readonly loader: RoomLoaderService,
    private readonly views: RoomViewsService,
    private readonly presence: RoomPresenceService,
  ) {}

  /**
   * Enters the socket into the room (opening the room on the first join) and answers the person's view;
   * from then on the socket receives every new view as `room:state`. Joining again (a reconnect) just
   * answers the current view.
   */
  async join(user: UserEntity, request: RoomJoinRequest, socket: AppSocket): Promise<RoomView> {
    const session = await this.loader.admit(user, request.sessionId);
    const stored = await this.loader.openOnce(session);
    await this.presence.enterChannel(socket, session.id, user.id, roomRoleOf(stored.state, user.id) !== 'observer');
    // Read again once in the channel, so no change made meanwhile is missed (its broadcast reaches the socket).
    const state = (await this.rooms.find(session.id))?.state ?? stored.state;
    this.presence.tellWhoIsHere(socket, session.id, [state.interviewerId, state.candidateId]);
    const room = await this.loader.load(session, { ...stored, state });
    return this.views.viewFor(room, user.id);
  }

  /**
   * Applies one action against the version the person last saw, under the room's row lock, logs it and
   * broadcasts the new views. A stale version (or an action that does not fit the room now) is refused with
   * CONFLICT and the person's current view; a person not allowed to act, with FORBIDDEN.
   */
  async act(user: UserEntity, request: RoomActionRequest): Promise<RoomView> {
    const session = await this.loader.admit(user, request.sessionId);
    const room = await this.loader.load(session, await this.loader.openOnce(session));
    const outcome = await this.db.transaction(async (manager): Promise<ActOutcome> => {
      const current = (await this.rooms.lock(manager, room.session.id))!.state;
      if (request.version !== current.version && roomRoleOf(current, user.id) !== 'observer') {
        const message = `The room has moved on since you last saw it (version ${request.version}; it is now at ${current.version}): here is where it stands.`;
        return { accepted: false, state: current, refusal: { code: 'CONFLICT', message } };
      }
      // The server's clock, read once the lock is held, so the log's times follow its versions.
      const now = Date.now();
      const result = applyRoomAction(current, request.action, user.id, now, room.context);
      if (!result.ok) return { accepted: false, state: current, refusal: result.refusal };
      await this.rooms.saveState(manager, room.session.id, result.state);
      await this.rooms.appendLog(
        manager,
        room.session.id,
        roomLogEntry(request.action.type, user.id, now, result.state, room.scripts),
      );
      return { accepted: true, state: result.state };
    });
    const after = { ...room, state: outcome.state };
    if (!outcome.accepted) {
      const { code, message } = outcome.refusal;
      throw new SocketRequestError(
        code,
        message,
        undefined,
        code === 'CONFLICT' ? await this.views.viewFor(after, user.id) : undefined,
      );
    }
    const views = await this.views.broadcast(after);
    if (session.status === 'scheduled' && Date.now() >= Date.parse(session.startsAt)) this.presence.actedAfterStart(session.id);
    if (request.action.type === 'end') this.presence.roomEnded(room.session.id, new Date(outcome.state.endedAt ?? Date.now()));
    return views.get(user.id) ?? this.views.viewFor(after, user.id);
  }

  /**
   * Saves (or, when empty, deletes) the interviewer's private note on a question of the half they ask in:
   * in a peer session the first half's interviewer keeps their notes after the swap.
   */
  async note(user: UserEntity, request: RoomNoteRequest): Promise<RoomNoteResult> {
    const session = await this.loader.admit(user, request.sessionId);
    const room = await this.loader.load(session, await this.loader.openOnce(session));
    const halves = halvesAskedBy(room.state, user.id);
    if (halves.length === 0) throw forbidden('Only the interviewer keeps notes in this room.');
    const inScript = halves.some((half) =>
      snapshotQuestions(room.scripts[half - 1]).some((question) => question.questionId === request.questionId),
    );
    if (!inScript) throw notFound('That question is not in the script you are asking from in this session.');
    const key = { sessionId: room.session.id, authorId: user.id, questionId: request.questionId };
    const savedAt = new Date();
    if (request.text === '') await this.rooms.deleteNote(key);
    else await this.rooms.saveNote({ ...key, text: request.text, savedAt });
    return { savedAt: savedAt.toISOString() };
  }
}
