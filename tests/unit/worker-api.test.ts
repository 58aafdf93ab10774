import { describe, it, expect } from 'vitest';
import { api, ENGINE_API_VERSION } from '../../src/worker/api';

describe('worker api', () => {
  it('answers the handshake', () => {
    expect(api.ping()).toEqual({ ok: true, apiVersion: ENGINE_API_VERSION });
  });
});
