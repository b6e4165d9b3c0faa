import {
  InvalidTransitionError,
  initialStatus,
  isVisibleTo,
  nextStatus,
  reportOutcome,
  statusAfterReport,
} from './comment-state.js';

describe('comment state machine', () => {
  it('holds new comments back under pre-moderation and publishes them under post-moderation', () => {
    expect(initialStatus('pre')).toBe('pending');
    expect(initialStatus('post')).toBe('published');
  });

  it('moves pending comments to published or rejected', () => {
    expect(nextStatus('pending', 'approve')).toBe('published');
    expect(nextStatus('pending', 'reject')).toBe('rejected');
  });

  it('hides and unhides published comments, and lets moderators decide on hidden ones', () => {
    expect(nextStatus('published', 'hide')).toBe('hidden');
    expect(nextStatus('hidden', 'unhide')).toBe('published');
    expect(nextStatus('hidden', 'approve')).toBe('published');
    expect(nextStatus('hidden', 'reject')).toBe('rejected');
  });

  it('clears a reported comment: it stays or becomes visible', () => {
    expect(nextStatus('published', 'dismiss')).toBe('published');
    expect(nextStatus('hidden', 'dismiss')).toBe('published');
    expect(reportOutcome(nextStatus('hidden', 'dismiss'))).toBe('dismissed');
    expect(reportOutcome(nextStatus('published', 'hide'))).toBe('hidden');
    expect(reportOutcome(nextStatus('published', 'reject'))).toBe('removed');
  });

  it.each([
    ['pending', 'hide'],
    ['pending', 'unhide'],
    ['published', 'approve'],
    ['published', 'unhide'],
    ['rejected', 'hide'],
    ['rejected', 'reject'],
    ['pending', 'dismiss'],
    ['rejected', 'dismiss'],
  ] as const)('refuses %s → %s', (status, action) => {
    expect(() => nextStatus(status, action)).toThrow(InvalidTransitionError);
  });

  it('hides a published comment when the open reports reach the threshold', () => {
    expect(statusAfterReport('published', 2, 3)).toBe('published');
    expect(statusAfterReport('published', 3, 3)).toBe('hidden');
    expect(statusAfterReport('published', 1, 1)).toBe('hidden');
    expect(statusAfterReport('pending', 5, 3)).toBe('pending');
    expect(statusAfterReport('rejected', 5, 3)).toBe('rejected');
  });

  it('shows published comments to everyone, pending and hidden ones to their author only, deleted to no one', () => {
    const base = { authorId: 'a', deletedByAuthorAt: null };
    expect(isVisibleTo({ ...base, status: 'published' }, undefined)).toBe(true);
    expect(isVisibleTo({ ...base, status: 'pending' }, undefined)).toBe(false);
    expect(isVisibleTo({ ...base, status: 'pending' }, 'b')).toBe(false);
    expect(isVisibleTo({ ...base, status: 'pending' }, 'a')).toBe(true);
    expect(isVisibleTo({ ...base, status: 'hidden' }, 'a')).toBe(true);
    expect(isVisibleTo({ ...base, status: 'rejected' }, 'a')).toBe(false);
    expect(isVisibleTo({ ...base, status: 'published', deletedByAuthorAt: new Date() }, 'a')).toBe(
      false,
    );
  });
});
