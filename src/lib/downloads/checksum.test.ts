import { describe, expect, it } from 'vitest';
import { byteLength, sha256 } from './checksum.ts';

describe('sha256', () => {
  it('sha256 of a string hashes its UTF-8 bytes', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('წელი')).toBe(sha256(new TextEncoder().encode('წელი')));
  });

  it('byteLength counts UTF-8 bytes of a string', () => {
    expect(byteLength('წ')).toBe(3);
    expect(byteLength(new Uint8Array(5))).toBe(5);
  });
});
