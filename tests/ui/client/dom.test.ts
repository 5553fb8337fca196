/**
 * The pages' shared DOM helpers (src/ui/client/dom.ts): the part that needs no browser. What the
 * helpers draw is checked through the pages themselves (tests/ui/*.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { safeHref } from '../../../src/ui/client/dom';

describe('safeHref', () => {
  it('lets only https links become hrefs', () => {
    expect(safeHref('https://docs.google.com/document/d/abc/edit')).toBe('https://docs.google.com/document/d/abc/edit');
    expect(safeHref('HTTPS://drive.google.com/file/d/x')).toBe('HTTPS://drive.google.com/file/d/x');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('http://example.org/')).toBeNull();
    expect(safeHref(' https://x')).toBeNull();
  });
});
