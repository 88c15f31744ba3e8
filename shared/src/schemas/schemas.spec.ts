import { registerRequestSchema } from './auth.schema.js';
import { createInvitationRequestSchema } from './cohort.schema.js';
import { updateProfileRequestSchema } from './user.schema.js';

const valid = {
  email: ' Amara@Example.ORG ',
  password: 'long enough password',
  displayName: ' Amara ',
  timeZone: 'Africa/Lagos',
};

describe('shared request schemas', () => {
  it('normalises e-mail addresses and trims names', () => {
    expect(registerRequestSchema.parse(valid)).toMatchObject({ email: 'amara@example.org', displayName: 'Amara' });
  });

  it('rejects unknown fields instead of ignoring them', () => {
    const result = registerRequestSchema.safeParse({ ...valid, roles: ['coordinator'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['roles'] });
  });

  it('bounds every free-text field', () => {
    expect(registerRequestSchema.safeParse({ ...valid, displayName: 'x'.repeat(81) }).success).toBe(false);
    expect(registerRequestSchema.safeParse({ ...valid, password: 'x'.repeat(201) }).success).toBe(false);
    expect(updateProfileRequestSchema.safeParse({ bio: 'x'.repeat(1001) }).success).toBe(false);
  });

  it('treats a cleared optional profile field as unset, and needs at least one field', () => {
    expect(updateProfileRequestSchema.parse({ specialty: '  ', bio: null })).toEqual({ specialty: null, bio: null });
    expect(updateProfileRequestSchema.safeParse({}).success).toBe(false);
  });

  it('words type mistakes plainly', () => {
    const result = registerRequestSchema.safeParse({ ...valid, displayName: 42, timeZone: undefined });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['displayName', 'must be text'],
      ['timeZone', 'is required'],
    ]);
  });

  it('accepts only known roles in invitations', () => {
    expect(createInvitationRequestSchema.safeParse({ email: 'a@b.org', role: 'mentor' }).success).toBe(true);
    const bad = createInvitationRequestSchema.safeParse({ email: 'a@b.org', role: 'admin' });
    expect(bad.error?.issues[0].message).toBe('must be one of: candidate, mentor, coordinator');
  });
});
