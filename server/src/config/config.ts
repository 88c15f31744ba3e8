import { isIP } from 'node:net';
import { z } from 'zod';

/** Secrets shipped for development only; production refuses to start with any of them. */
const DEVELOPMENT_SESSION_SECRET = 'development-only-session-secret-change-me';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const environmentSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'must be development, production or test' })
    .default('development'),
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url({ error: 'must be an absolute URL such as https://rounds.example.org' }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// connection URL' })
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, { error: 'must be a redis:// connection URL' })
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  SESSION_SECRET: z.string().min(32, { error: 'must be at least 32 characters long' }).default(DEVELOPMENT_SESSION_SECRET),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  OPEN_REGISTRATION: booleanFromEnv.default(true),
  INVITATION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10_000).default(10),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  DEMO_DATA: booleanFromEnv.optional(),
  DEMO_PASSWORD: z.string().min(10, { error: 'must be at least 10 characters long' }).default('rounds-demo-practice'),
  TRUST_PROXY: z
    .string()
    .transform((value, context) => {
      const parsed = parseTrustProxy(value);
      if (parsed === null) {
        context.addIssue({
          code: 'custom',
          message: "must be false, a hop count such as 1, or the proxies' addresses such as loopback or 10.0.0.0/8,10.1.2.3",
        });
        return z.NEVER;
      }
      return parsed;
    })
    .default(false),
  REGISTRATION_MAX_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(30),
  PASSWORD_RESET_MAX_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CLIENT_DIST: z.string().optional(),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL such as smtp://user:password@mail.example.org:587' })
    .optional(),
  MAIL_FROM: z
    .string()
    .refine((value) => parseMailbox(value) !== null, { error: 'must be an address such as Rounds <rounds@example.org>' })
    .default('Rounds <rounds@localhost>'),
  MAIL_POLL_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).min(0.05).max(3600).default(5),
  MAIL_MAX_ATTEMPTS: z.coerce.number({ error: 'must be a whole number' }).int().min(1).max(100).default(8),
  JOBS_POLL_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .min(0.5, { error: 'must be at least 0.5' })
    .max(600)
    .default(5),
  METRICS_TOKEN: z
    .string()
    .regex(/^[A-Za-z0-9._~+/-]{16,}=*$/, {
      error: 'must be at least 16 characters of letters, digits and - . _ ~ + / (for example: openssl rand -hex 32)',
    })
    .optional(),
  SHUTDOWN_GRACE_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).min(0.1).max(600).default(10),
  LIVEKIT_URL: z
    .url({
      protocol: /^(wss?|https?)$/,
      error: 'must be the LiveKit server browsers connect to, a ws(s):// or http(s):// URL such as wss://video.example.org',
    })
    .optional(),
  LIVEKIT_API_KEY: z.string().regex(/^\S+$/, { error: 'must be an API key without spaces' }).optional(),
  LIVEKIT_API_SECRET: z.string().regex(/^\S+$/, { error: 'must be an API secret without spaces' }).optional(),
  ICE_SERVERS: urlList(/^stuns?:\S+$/i, 'must be STUN URLs separated by commas, such as stun:stun.example.org:3478'),
  TURN_URLS: urlList(
    /^turns?:\S+$/i,
    'must be TURN URLs separated by commas, such as turn:turn.example.org:3478?transport=udp,turns:turn.example.org:5349',
  ),
  TURN_SECRET: z
    .string()
    .min(16, { error: "must be at least 16 characters: coturn's static-auth-secret (for example: openssl rand -hex 32)" })
    .optional(),
});

/** A comma-separated list of URLs, each matching `pattern`. */
function urlList(pattern: RegExp, error: string) {
  return z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .refine((urls) => urls.every((url) => pattern.test(url)), { error })
    .optional();
}

/** The key pair `livekit-server --dev` runs with: public knowledge, so production refuses it. */
const LIVEKIT_DEVELOPMENT_KEY = 'devkey';
const LIVEKIT_DEVELOPMENT_SECRET = 'secret';

/** Express's `trust proxy`: false, a hop count, or the proxies' addresses and subnets (true only outside production). */
type TrustProxy = boolean | number | string[];

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

/** "false" → false, "2" → 2 hops, "loopback, 10.0.0.0/8" → that list; null when it is none of these. */
function parseTrustProxy(value: string): TrustProxy | null {
  const text = value.trim().toLowerCase();
  if (['false', '0', 'no', ''].includes(text)) return false;
  if (['true', 'yes'].includes(text)) return true;
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim());
  return entries.every(isProxyAddress) ? entries : null;
}

export interface Mailbox {
  name: string;
  address: string;
}

/** "Rounds <rounds@example.org>" or "rounds@example.org" → its name and address; null when it is neither. */
function parseMailbox(value: string): Mailbox | null {
  const match = /^\s*(?:"?([^"<>]*?)"?\s*<([^<>\s]+)>|([^<>\s]+))\s*$/.exec(value);
  const address = match?.[2] ?? match?.[3];
  if (!address || !/^[^@\s]+@[^@\s]+$/.test(address)) return null;
  return { name: (match?.[1] ?? '').trim(), address };
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | undefined;
  /** With it, socket.io spreads across instances on Redis streams and resumes short disconnections. */
  redisUrl: string | undefined;
  dataDir: string;
  sessionSecret: string;
  sessionTtlDays: number;
  openRegistration: boolean;
  invitationTtlDays: number;
  loginMaxAttempts: number;
  loginWindowMinutes: number;
  demoData: boolean;
  demoPassword: string;
  /** Which hops of X-Forwarded-For to believe; see TrustProxy. */
  trustProxy: TrustProxy;
  /** Registrations allowed per client address per hour (each one hashes a password). */
  registrationMaxPerHour: number;
  /** Password reset requests allowed per client address per hour (each address also gets at most 3 links an hour). */
  passwordResetMaxPerHour: number;
  logLevel: string;
  clientDist: string | undefined;
  /** Where e-mail is delivered; undefined keeps every message in the outbox (see the development mailbox). */
  smtpUrl: string | undefined;
  mailFrom: Mailbox;
  /** How often each instance looks for due outbox messages, in milliseconds. */
  mailPollMs: number;
  /** Delivery attempts per message before it is marked failed. */
  mailMaxAttempts: number;
  /** How often each instance's job workers (reminders) look for due jobs, in seconds. */
  jobsPollSeconds: number;
  /**
   * The bearer token GET /metrics asks for. When set it is always required; when unset, /metrics is open outside
   * production and answers 404 in production.
   */
  metricsToken: string | undefined;
  /** How long a stopping instance lets in-flight HTTP requests finish before closing their connections, in ms. */
  shutdownGraceMs: number;
  /**
   * The LiveKit server that carries a session's audio and video; undefined: the two participants' browsers call
   * each other directly, with the ICE servers below.
   */
  livekit: LiveKitConfig | undefined;
  /** How a direct call's browsers find each other across networks. */
  ice: IceConfig;
}

export interface IceConfig {
  /** STUN servers (ICE_SERVERS): tell each browser its public address. Empty: local networks only. */
  stunUrls: string[];
  /** A TURN server that relays media when the two networks cannot reach each other directly. */
  turn: TurnConfig | undefined;
}

interface TurnConfig {
  urls: string[];
  /** coturn's static-auth-secret: credentials are minted from it per person (the REST-API scheme). */
  secret: string;
}

export interface LiveKitConfig {
  /** Where browsers connect (LIVEKIT_URL), handed to them with each token. */
  url: string;
  apiKey: string;
  apiSecret: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and checks the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable (`DATABASE_URL=` in a .env file) means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every variable.`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && (!env.SESSION_SECRET || e.SESSION_SECRET === DEVELOPMENT_SESSION_SECRET)) {
    throw new ConfigError(
      'Invalid configuration:\n  SESSION_SECRET: must be set to a private random value of 32+ characters in production ' +
        '(for example: openssl rand -base64 48)',
    );
  }
  if (production && e.TRUST_PROXY === true) {
    throw new ConfigError(
      'Invalid configuration:\n  TRUST_PROXY: true believes any X-Forwarded-For a client sends; in production give the number of ' +
        'proxies in front of Rounds (usually 1) or their addresses (for example loopback or 10.0.0.0/8)',
    );
  }
  if (production && e.DEMO_DATA === true) {
    throw new ConfigError('Invalid configuration:\n  DEMO_DATA: demo accounts are never seeded in production');
  }
  const livekit = liveKitConfig(e, production);
  const ice = iceConfig(e);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    dataDir: e.DATA_DIR,
    sessionSecret: e.SESSION_SECRET,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    openRegistration: e.OPEN_REGISTRATION,
    invitationTtlDays: e.INVITATION_TTL_DAYS,
    loginMaxAttempts: e.LOGIN_MAX_ATTEMPTS,
    loginWindowMinutes: e.LOGIN_WINDOW_MINUTES,
    demoData: production ? false : (e.DEMO_DATA ?? true),
    demoPassword: e.DEMO_PASSWORD,
    trustProxy: e.TRUST_PROXY,
    registrationMaxPerHour: e.REGISTRATION_MAX_PER_HOUR,
    passwordResetMaxPerHour: e.PASSWORD_RESET_MAX_PER_HOUR,
    logLevel: e.LOG_LEVEL,
    clientDist: e.CLIENT_DIST,
    smtpUrl: e.SMTP_URL,
    mailFrom: parseMailbox(e.MAIL_FROM)!,
    mailPollMs: Math.round(e.MAIL_POLL_SECONDS * 1000),
    mailMaxAttempts: e.MAIL_MAX_ATTEMPTS,
    jobsPollSeconds: e.JOBS_POLL_SECONDS,
    metricsToken: e.METRICS_TOKEN,
    shutdownGraceMs: Math.round(e.SHUTDOWN_GRACE_SECONDS * 1000),
    livekit,
    ice,
  };
}

/** STUN URLs as given; TURN needs its URLs and its shared secret together. */
function iceConfig(e: Pick<z.output<typeof environmentSchema>, 'ICE_SERVERS' | 'TURN_URLS' | 'TURN_SECRET'>): IceConfig {
  const { ICE_SERVERS: stunUrls = [], TURN_URLS: turnUrls = [], TURN_SECRET: secret } = e;
  if (turnUrls.length > 0 !== (secret !== undefined)) {
    throw new ConfigError(
      `Invalid configuration:\n  ${secret ? 'TURN_URLS' : 'TURN_SECRET'}: TURN_URLS and TURN_SECRET go together: ` +
        'set both to relay calls through your TURN server, or neither',
    );
  }
  return { stunUrls, turn: secret ? { urls: turnUrls, secret } : undefined };
}

/** All three LiveKit variables or none; production never runs with the development key pair. */
function liveKitConfig(
  e: Pick<z.output<typeof environmentSchema>, 'LIVEKIT_URL' | 'LIVEKIT_API_KEY' | 'LIVEKIT_API_SECRET'>,
  production: boolean,
): LiveKitConfig | undefined {
  const { LIVEKIT_URL: url, LIVEKIT_API_KEY: apiKey, LIVEKIT_API_SECRET: apiSecret } = e;
  if (!url && !apiKey && !apiSecret) return undefined;
  if (!url || !apiKey || !apiSecret) {
    const missing = Object.entries({ LIVEKIT_URL: url, LIVEKIT_API_KEY: apiKey, LIVEKIT_API_SECRET: apiSecret })
      .filter(([, value]) => !value)
      .map(([name]) => name);
    throw new ConfigError(
      `Invalid configuration:\n  ${missing.join(', ')}: LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET go together: ` +
        'set all three for video, or none to run the room without it',
    );
  }
  if (production && (apiKey === LIVEKIT_DEVELOPMENT_KEY || apiSecret === LIVEKIT_DEVELOPMENT_SECRET)) {
    throw new ConfigError(
      "Invalid configuration:\n  LIVEKIT_API_KEY: LiveKit's development keys (devkey / secret) are public, so production " +
        'needs a key pair of its own (livekit-server generate-keys, or one from LiveKit Cloud)',
    );
  }
  return { url, apiKey, apiSecret };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
