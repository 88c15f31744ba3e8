import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * What deleting an account does to every column that references `users (id)`. Deletion must not forget any of
 * them, so they are listed together here, and server/test/account.spec.ts compares this list with the database's
 * foreign keys: a new table that references users fails that test until its line is added.
 *
 * "erased": the person's rows go. "kept": the row stays, pointing at the emptied user row ("a former member"),
 * because other people need it.
 */
export const USER_REFERENCES: Record<string, 'erased' | `kept: ${string}`> = {
  'auth_sessions.user_id': 'erased',
  'password_resets.user_id': 'erased',
  'cohort_members.user_id': 'erased',
  'availability_windows.user_id': 'erased',
  'availability_exceptions.user_id': 'erased',
  'standby_entries.user_id': 'erased',
  'standby_offers.user_id': 'kept: an accepted offer records who took the seat (open offers are erased)',
  'standby_offers.absent_user_id': 'kept: the seat of a shared session was handed over',
  'room_notes.author_id': 'erased',
  'room_messages.author_id': 'erased',
  'feedback_forms.author_id': 'kept: submitted feedback belongs to its reader too (drafts are erased)',
  'feedback_forms.about_id': 'kept: the author wrote it and the cohort counts it',
  'feedback_requests.requester_id': 'erased',
  'feedback_requests.interviewer_id': 'erased',
  'practice_tickets.user_id': 'kept: a matched ticket records how a shared session began (waiting ones are erased)',
  'session_participants.user_id': 'kept: the attendance of a shared session',
  'session_attendance.user_id': 'kept: the attendance of a shared session',
  'no_show_changes.user_id': 'kept: the no-show history of a shared session',
  'session_call_media.user_id': 'kept: whether the call of a shared session connected',
  'no_show_changes.actor_id': 'kept: who recorded or cleared a no-show in a shared session',
  'sessions.created_by': 'kept: who booked a shared session',
  'cohorts.created_by': 'kept: the cohort is its members’',
  'invitations.invited_by': 'kept: the cohort’s invitation history',
  'invitations.accepted_by': 'kept: the cohort’s invitation history',
  'questions.created_by': 'kept: a cohort’s question bank',
  'question_versions.created_by': 'kept: a cohort’s question bank',
  'scripts.created_by': 'kept: a cohort’s scripts',
  'script_versions.created_by': 'kept: a cohort’s scripts',
  'question_proposals.proposed_by': 'kept: the cohort decided on it',
  'question_proposals.decided_by': 'kept: the cohort decided on it',
  'interview_days.created_by': 'kept: a cohort’s interview day',
  'day_stations.interviewer_id': 'kept: a cohort’s interview day',
  'day_sessions.candidate_id': 'kept: a cohort’s interview day',
};

/**
 * The statements that remove a person's own data when their account is deleted. They span many features' tables
 * on purpose: erasure is one transaction that must reach every table holding the person (see USER_REFERENCES),
 * which is easier to check in one place than across a dozen services. Sign-ins are ended by AuthSessionsService,
 * sessions cancelled by scheduling, and the user row emptied by UsersService.
 */
@Injectable()
export class PersonalDataRepository {
  async erase(manager: EntityManager, userId: string, email: string): Promise<void> {
    const byUser = [
      `DELETE FROM password_resets WHERE user_id = $1`,
      `DELETE FROM cohort_members WHERE user_id = $1`,
      `DELETE FROM availability_windows WHERE user_id = $1`,
      `DELETE FROM availability_exceptions WHERE user_id = $1`,
      `DELETE FROM standby_offers WHERE user_id = $1 AND accepted_at IS NULL`,
      `DELETE FROM standby_entries WHERE user_id = $1`,
      `DELETE FROM room_notes WHERE author_id = $1`,
      `DELETE FROM room_messages WHERE author_id = $1`,
      `DELETE FROM feedback_forms WHERE author_id = $1 AND status = 'draft'`,
      `DELETE FROM feedback_requests WHERE requester_id = $1 OR interviewer_id = $1`,
      `DELETE FROM practice_tickets WHERE user_id = $1 AND status = 'waiting'`,
    ];
    for (const statement of byUser) await manager.query(statement, [userId]);
    // Keyed by address: the person's mail (undelivered notices included) and their sign-in backoff.
    await manager.query(`DELETE FROM outbox_messages WHERE to_address = $1`, [email]);
    await manager.query(`DELETE FROM sign_in_backoff WHERE email = $1`, [email]);
  }
}
