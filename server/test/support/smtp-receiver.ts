import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';

export interface ReceivedMail {
  /** The SMTP envelope: who the message was really sent to. */
  envelope: { from: string; to: string[] };
  raw: string;
  parsed: ParsedMail;
  /** The text/calendar part (the invite), if there is one. */
  calendar?: { method: string | undefined; text: string };
}

type Filter = (mail: ReceivedMail) => boolean;

interface Waiter {
  count: number;
  filter: Filter;
  resolve: (mails: ReceivedMail[]) => void;
}

/**
 * A real SMTP server on 127.0.0.1 for tests: accepts everything (plain, no TLS, no auth), parses each message
 * with mailparser and lets a test wait for messages instead of sleeping. `rejectWith` makes it refuse mail.
 */
export class SmtpReceiver {
  readonly messages: ReceivedMail[] = [];
  /** Delivery attempts refused while a rejection was set. */
  rejected = 0;
  private rejection: { code: number; message: string } | null = null;
  private waiters: Waiter[] = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(): Promise<SmtpReceiver> {
    // Assigned once the server listens; the callbacks, which run only after that, read it.
    // eslint-disable-next-line prefer-const
    let receiver: SmtpReceiver | undefined;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 1000,
      onRcptTo(_address, _session, callback) {
        const rejection = receiver!.rejection;
        if (!rejection) return callback();
        receiver!.rejected += 1;
        callback(Object.assign(new Error(rejection.message), { responseCode: rejection.code }));
      },
      onData(stream, session, callback) {
        receiver!
          .receive(stream, {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
          })
          .then(() => callback(), callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.server.address() as AddressInfo;
    receiver = new SmtpReceiver(server, port);
    return receiver;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Refuse every recipient with this SMTP reply (4xx: try later; 5xx: permanent) until `accept()`. */
  rejectWith(code: number, message: string): void {
    this.rejection = { code, message };
  }

  accept(): void {
    this.rejection = null;
  }

  /** Resolves once `count` messages (matching `filter`, if given) have arrived; fails after `timeoutMs` (under jest's 5 s). */
  waitFor(count: number, filter: Filter = () => true, timeoutMs = 4_000): Promise<ReceivedMail[]> {
    const matching = this.messages.filter(filter);
    if (matching.length >= count) return Promise.resolve(matching);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { count, filter, resolve: () => undefined };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`expected ${count} e-mail(s), received ${this.messages.filter(filter).length} in ${timeoutMs} ms`));
      }, timeoutMs);
      waiter.resolve = (mails) => {
        clearTimeout(timer);
        resolve(mails);
      };
      this.waiters.push(waiter);
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async receive(stream: SMTPServerDataStream, envelope: ReceivedMail['envelope']): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const parsed = await simpleParser(raw);
    this.messages.push({ envelope, raw, parsed, calendar: calendarPart(parsed) });
    for (const waiter of [...this.waiters]) {
      const matching = this.messages.filter(waiter.filter);
      if (matching.length >= waiter.count) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(matching);
      }
    }
  }
}

/** mailparser lists the text/calendar alternative among the attachments; its method is a Content-Type parameter. */
function calendarPart(parsed: ParsedMail): ReceivedMail['calendar'] {
  const part = parsed.attachments.find((a) => a.contentType === 'text/calendar');
  if (!part) return undefined;
  const header = part.headers.get('content-type') as { params?: Record<string, string> } | undefined;
  return { method: header?.params?.method, text: part.content.toString('utf8') };
}
