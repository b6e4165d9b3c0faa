import { berlinLocalToUtc, utcToBerlinLocal } from './berlin-local-time.js';

describe('Berlin wall-clock time', () => {
  it('converts summer and winter times to UTC', () => {
    expect(berlinLocalToUtc('2026-07-01T09:00')?.toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(berlinLocalToUtc('2026-12-01T09:00')?.toISOString()).toBe('2026-12-01T08:00:00.000Z');
  });

  it('round-trips', () => {
    expect(utcToBerlinLocal(new Date('2026-09-15T21:59:00Z'))).toBe('2026-09-15T23:59');
  });

  it('refuses what is not a time', () => {
    expect(berlinLocalToUtc('morgen')).toBeNull();
    expect(berlinLocalToUtc('2026-13-40T25:00')).toBeNull();
  });
});
