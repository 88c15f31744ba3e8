import { spendRequest, type RateBucket } from './rate-limits.js';

describe('rate limits per socket', () => {
  const limit = { burst: 3, perSecond: 2 };

  it('allows a burst, then refuses with the wait until the next request fits', () => {
    let bucket: RateBucket | undefined;
    for (let i = 0; i < 3; i += 1) {
      const spent = spendRequest(bucket, limit, 1000);
      expect(spent.waitMs).toBe(0);
      bucket = spent.bucket;
    }
    const refused = spendRequest(bucket, limit, 1000);
    expect(refused.waitMs).toBe(500);
    expect(spendRequest(refused.bucket, limit, 1250).waitMs).toBe(250);
    expect(spendRequest(refused.bucket, limit, 1500).waitMs).toBe(0);
  });

  it('refills at the steady rate, never beyond the burst', () => {
    const empty = { tokens: 0, updatedAt: 0 };
    expect(spendRequest(empty, limit, 60_000).bucket.tokens).toBe(2);
    expect(spendRequest(empty, limit, 1000).bucket.tokens).toBe(1);
  });
});
