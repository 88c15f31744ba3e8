import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { EventEmitter } from 'node:events';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { inviteMethod } from './calendar-invite.js';

/** Messages one instance claims at a time. */
const BATCH_SIZE = 10;
/**
 * How long a claim lasts: other instances leave a claimed message alone for this long. Longer than a batch can
 * take with the SMTP timeouts below, so a message is only tried again if its instance died while holding it.
 */
const CLAIM_SECONDS = 600;
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
/** Pause after the n-th failed attempt: 30 s, 1 min, 2 min, 4 min … at most an hour. */
export const retryDelaySeconds = (attempts: number) => Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));

/** A message this instance holds a claim on, ready to send. */
interface ClaimedMessage {
  id: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  ics: string | null;
  /** Attempts made before this one. */
  attempts: number;
}

interface ClaimedRow {
  id: string;
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  ics: string | null;
  attempts: number;
}

export interface DeliveryOutcome {
  id: string;
  kind: string;
  to: string;
  /** sent; retrying (a later attempt is planned); failed (the last allowed attempt failed). */
  status: 'sent' | 'retrying' | 'failed';
  attempts: number;
  error?: string;
}

/**
 * Delivers the outbox over SMTP (nodemailer, SMTP_URL). Every instance runs this loop: it claims due rows with
 * FOR UPDATE SKIP LOCKED and moves their next_attempt_at forward as a lease, so two instances never send the same
 * message at once, and a message whose instance died is picked up again after the lease. Delivery is
 * at-least-once: a crash between the SMTP server's acceptance and the database update sends the message again,
 * with the same Message-ID. Without SMTP_URL nothing runs and messages stay in the outbox.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly outcomes = new EventEmitter();
  private transport: Transporter | undefined;
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<void> | undefined;
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Whether this instance delivers e-mail (SMTP_URL is set). */
  get delivering(): boolean {
    return this.transport !== undefined;
  }

  onApplicationBootstrap(): void {
    if (!this.config.smtpUrl) {
      const where = this.config.env === 'production' ? '' : ' (listed at GET /api/dev/mailbox)';
      const message = `SMTP_URL is not set: e-mail is not sent and stays in the outbox table${where}`;
      if (this.config.env === 'production') this.logger.warn(message);
      else this.logger.log(message);
      return;
    }
    this.transport = nodemailer.createTransport({ url: this.config.smtpUrl, ...SMTP_TIMEOUTS });
    // The URL may hold a password: only its host is logged.
    this.logger.log(`delivering e-mail through ${new URL(this.config.smtpUrl).host}`);
    this.wake(0);
  }

  /** Stops the loop: waits for the message in flight, hands back the rest of the batch, closes the transport. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.pass;
    this.transport?.close();
    this.transport = undefined;
  }

  /** Calls `listener` after each delivery attempt; returns a function that stops listening. */
  onOutcome(listener: (outcome: DeliveryOutcome) => void): () => void {
    this.outcomes.on('outcome', listener);
    return () => this.outcomes.off('outcome', listener);
  }

  /** Claims up to `limit` due messages and tries each once; resolves to how many were claimed. */
  async deliverDue(limit = BATCH_SIZE): Promise<number> {
    if (!this.transport) return 0;
    const claimed = await this.claim(limit);
    for (const [index, message] of claimed.entries()) {
      if (this.stopping) {
        await this.release(claimed.slice(index).map((m) => m.id));
        break;
      }
      await this.deliver(message);
    }
    return claimed.length;
  }

  private wake(delayMs: number): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => {
      this.pass = this.runPass().finally(() => {
        this.pass = undefined;
        this.wake(this.config.mailPollMs);
      });
    }, delayMs);
    // Never what keeps a process alive: the HTTP server does that, and shutdown clears the timer anyway.
    this.timer.unref();
  }

  /** Delivers batches until fewer than a full batch was due. */
  private async runPass(): Promise<void> {
    try {
      while (!this.stopping && (await this.deliverDue()) === BATCH_SIZE) {
        // a full batch: there may be more
      }
    } catch (error) {
      this.logger.error({ err: error }, 'e-mail delivery pass failed; the next pass tries again');
    }
  }

  private async claim(limit: number): Promise<ClaimedMessage[]> {
    const rows: ClaimedRow[] = await this.db.query(
      `WITH due AS (
         SELECT id FROM outbox_messages
         WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
         ORDER BY next_attempt_at, created_at
         LIMIT $1
         FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE outbox_messages m SET next_attempt_at = now() + make_interval(secs => $2)
         FROM due WHERE m.id = due.id
         RETURNING m.id, m.kind, m.to_address, m.subject, m.text_body, m.ics, m.attempts, m.created_at
       )
       SELECT id, kind, to_address, subject, text_body, ics, attempts FROM claimed ORDER BY created_at`,
      [limit, CLAIM_SECONDS],
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      to: row.to_address,
      subject: row.subject,
      text: row.text_body,
      ics: row.ics,
      attempts: row.attempts,
    }));
  }

  private async release(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query(`UPDATE outbox_messages SET next_attempt_at = now() WHERE id = ANY($1::uuid[]) AND sent_at IS NULL`, [
      ids,
    ]);
  }

  private async deliver(message: ClaimedMessage): Promise<void> {
    const attempts = message.attempts + 1;
    const from = this.config.mailFrom;
    try {
      await this.transport!.sendMail({
        from: from.name ? { name: from.name, address: from.address } : from.address,
        to: message.to,
        subject: message.subject,
        text: message.text,
        // The same id on every attempt, so a receiving server can recognise a message sent twice.
        messageId: `<outbox-${message.id}@${from.address.split('@')[1]}>`,
        // A text/calendar alternative with its METHOD (how calendars recognise an invite) and an invite.ics attachment.
        ...(message.ics
          ? { icalEvent: { method: inviteMethod(message.ics), filename: 'invite.ics', content: message.ics } }
          : {}),
      });
    } catch (error) {
      const text = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const gaveUp = attempts >= this.config.mailMaxAttempts;
      await this.db.query(
        `UPDATE outbox_messages
         SET attempts = $2, last_error = $3, next_attempt_at = now() + make_interval(secs => $4), failed_at = CASE WHEN $5 THEN now() END
         WHERE id = $1`,
        [message.id, attempts, text, retryDelaySeconds(attempts), gaveUp],
      );
      this.logger.warn(
        { messageId: message.id, kind: message.kind, attempts },
        gaveUp
          ? `e-mail delivery failed ${attempts} times; giving up: ${text}`
          : `e-mail delivery failed; trying again later: ${text}`,
      );
      this.outcomes.emit('outcome', {
        id: message.id,
        kind: message.kind,
        to: message.to,
        status: gaveUp ? 'failed' : 'retrying',
        attempts,
        error: text,
      });
      return;
    }
    await this.db.query(`UPDATE outbox_messages SET sent_at = now(), attempts = $2, last_error = NULL WHERE id = $1`, [
      message.id,
      attempts,
    ]);
    this.outcomes.emit('outcome', { id: message.id, kind: message.kind, to: message.to, status: 'sent', attempts });
  }
}
