import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has working development defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ env: 'development', port: 3000, host: '127.0.0.1', demoData: true, openRegistration: true });
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('treats empty variables as unset, as a copied .env.example leaves them', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '', DEMO_DATA: '' })).toMatchObject({
      databaseUrl: undefined,
      port: 3000,
      demoData: true,
    });
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: '' })).toThrow(/SESSION_SECRET/);
  });

  it('names each bad variable and what it must be', () => {
    expect(() => loadConfig({ PORT: 'eighty', OPEN_REGISTRATION: 'maybe', DATABASE_URL: 'mysql://x' })).toThrow(
      expect.objectContaining({
        name: 'ConfigError',
        message: expect.stringMatching(
          /PORT: .*\n.*DATABASE_URL: must be a postgres:\/\/ connection URL\n.*OPEN_REGISTRATION: must be true or false/s,
        ),
      }),
    );
  });

  it('refuses to run production with a missing or default secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'development-only-session-secret-change-me' })).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'short' })).toThrow(/at least 32 characters/);
  });

  it('reads TRUST_PROXY as Express does, and refuses "believe everyone" in production', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, 10.1.2.3, fd00::/8' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      '10.1.2.3',
      'fd00::/8',
    ]);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.example.org' })).toThrow(/TRUST_PROXY: must be false, a hop count/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
    const production = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) };
    expect(() => loadConfig({ ...production, TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: true believes any X-Forwarded-For/);
    expect(loadConfig({ ...production, TRUST_PROXY: '1' }).trustProxy).toBe(1);
  });

  it('never seeds demo data in production', () => {
    const secret = 'p'.repeat(40);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret }).demoData).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret, DEMO_DATA: 'true' })).toThrow(/DEMO_DATA/);
  });

  it('takes a bearer-shaped METRICS_TOKEN of 16+ characters, and a shutdown grace in seconds', () => {
    expect(loadConfig({})).toMatchObject({ metricsToken: undefined, shutdownGraceMs: 10_000 });
    expect(loadConfig({ METRICS_TOKEN: 'a'.repeat(32), SHUTDOWN_GRACE_SECONDS: '2.5' })).toMatchObject({
      metricsToken: 'a'.repeat(32),
      shutdownGraceMs: 2500,
    });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be at least 16 characters/);
    expect(() => loadConfig({ METRICS_TOKEN: `${'a'.repeat(20)} b` })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ SHUTDOWN_GRACE_SECONDS: 'soon' })).toThrow(/SHUTDOWN_GRACE_SECONDS: must be a number of seconds/);
  });

  it('takes LiveKit as all three variables or none, and never with the development keys in production', () => {
    expect(loadConfig({}).livekit).toBeUndefined();
    const livekit = { LIVEKIT_URL: 'wss://video.example.org', LIVEKIT_API_KEY: 'APIkey123', LIVEKIT_API_SECRET: 's'.repeat(40) };
    expect(loadConfig(livekit).livekit).toEqual({
      url: 'wss://video.example.org',
      apiKey: 'APIkey123',
      apiSecret: 's'.repeat(40),
    });
    expect(loadConfig({ ...livekit, LIVEKIT_URL: 'http://localhost:7880' }).livekit?.url).toBe('http://localhost:7880');
    expect(() => loadConfig({ ...livekit, LIVEKIT_URL: 'ftp://video.example.org' })).toThrow(
      /LIVEKIT_URL: must be .* ws\(s\):\/\//,
    );
    expect(() => loadConfig({ LIVEKIT_URL: 'ws://localhost:7880' })).toThrow(
      /LIVEKIT_API_KEY, LIVEKIT_API_SECRET: LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET go together/,
    );
    expect(() => loadConfig({ LIVEKIT_API_KEY: 'k', LIVEKIT_API_SECRET: 's' })).toThrow(/LIVEKIT_URL: .* go together/);
    const development = { LIVEKIT_URL: 'ws://localhost:7880', LIVEKIT_API_KEY: 'devkey', LIVEKIT_API_SECRET: 'secret' };
    expect(loadConfig(development).livekit?.apiKey).toBe('devkey');
    const production = { NODE_ENV: 'production', SESSION_SECRET: 'p'.repeat(40) };
    expect(() => loadConfig({ ...production, ...development })).toThrow(/development keys \(devkey \/ secret\) are public/);
    expect(() => loadConfig({ ...production, ...livekit, LIVEKIT_API_SECRET: 'secret' })).toThrow(
      /LIVEKIT_API_KEY: LiveKit's development keys/,
    );
    expect(loadConfig({ ...production, ...livekit }).livekit?.apiKey).toBe('APIkey123');
  });

  it('takes STUN URLs, and TURN as its URLs and shared secret together', () => {
    expect(loadConfig({}).ice).toEqual({ stunUrls: [], turn: undefined });
    const turn = {
      TURN_URLS: 'turn:turn.example.org:3478?transport=udp, turns:turn.example.org:5349',
      TURN_SECRET: 't'.repeat(32),
    };
    expect(loadConfig({ ICE_SERVERS: 'stun:stun.example.org:3478', ...turn }).ice).toEqual({
      stunUrls: ['stun:stun.example.org:3478'],
      turn: { urls: ['turn:turn.example.org:3478?transport=udp', 'turns:turn.example.org:5349'], secret: 't'.repeat(32) },
    });
    expect(() => loadConfig({ ICE_SERVERS: 'https://stun.example.org' })).toThrow(/ICE_SERVERS: must be STUN URLs/);
    expect(() => loadConfig({ ...turn, TURN_URLS: 'stun:stun.example.org' })).toThrow(/TURN_URLS: must be TURN URLs/);
    expect(() => loadConfig({ TURN_URLS: turn.TURN_URLS })).toThrow(/TURN_SECRET: TURN_URLS and TURN_SECRET go together/);
    expect(() => loadConfig({ TURN_SECRET: turn.TURN_SECRET })).toThrow(/TURN_URLS: TURN_URLS and TURN_SECRET go together/);
    expect(() => loadConfig({ ...turn, TURN_SECRET: 'short' })).toThrow(/TURN_SECRET: must be at least 16 characters/);
  });
});
