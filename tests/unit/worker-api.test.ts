import { describe, it, expect } from 'vitest';
import { api, ENGINE_API_VERSION } from '../../src/worker/api';

describe('worker api', () => {
  it('answers the handshake', () => {
    expect(api.ping()).toEqual({ ok: true, apiVersion: ENGINE_API_VERSION });
  });

  it.each([
    ['', 0],
    ['one', 1],
    ['one\n', 1],
    ['a\nb', 2],
    ['a\r\nb\r\n', 2],
    ['a\rb\rc', 3],
    ['a\n\nb', 3],
    ['\n', 1],
  ])('counts lines of %j as %i', (text, n) => {
    expect(api.countLines(text)).toBe(n);
  });
});
