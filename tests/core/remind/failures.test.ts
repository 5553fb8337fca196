import { describe, expect, it } from 'vitest';
import { failureScope, isAccountQuota } from '../../../src/core/remind/failures';
import { isQuotaError } from '../../../src/core/remind/run-state';

describe('how far a failed send reaches', () => {
  it.each([
    // One mailbox or one message: the others are still sent.
    ['552 5.2.2 <hoa@example.org>: Recipient address rejected: mailbox quota exceeded', 'recipient'],
    ['550 5.1.1 No such user here', 'recipient'],
    ['Limit Exceeded: Email Body Size.', 'recipient'],
    ['Limit Exceeded: Email Recipients Per Message.', 'recipient'],
    ['Invalid email: khong-phai-dia-chi', 'recipient'],
    // The account: the run stops and defers the rest.
    ['Service invoked too many times for one day: email.', 'account'],
    ['Exception: Service invoked too many times for one day: email.', 'account'],
    ['Dịch vụ bị gọi quá số lần trong một ngày: email.', 'account'],
    ['550 5.4.5 Daily user sending limit exceeded.', 'account'],
    ['550 5.4.5 Daily sending quota exceeded.', 'account'],
  ])('“%s” → %s', (message, scope) => {
    expect(failureScope(new Error(message), message)).toBe(scope);
    expect(isQuotaError(message)).toBe(scope === 'account');
    expect(isAccountQuota(message)).toBe(scope === 'account');
  });

  it('a host that knows the scope says it, whatever the words', () => {
    expect(failureScope(Object.assign(new Error('quota'), { scope: 'recipient' }), 'quota')).toBe('recipient');
    expect(failureScope(Object.assign(new Error('x'), { scope: 'connection' }), 'x')).toBe('connection');
    expect(failureScope('not an error', 'plain')).toBe('recipient');
  });
});
