import { afterEach, describe, expect, it, vi } from 'vitest';
import { FrameReader, LinkError, encodeFrame } from '../../../../../electron/services/pairing/frames';
import { Content, RecordError, RecordOpener, RecordSealer } from '../../../../../electron/services/pairing/records';

afterEach(() => vi.restoreAllMocks());

describe('FrameReader', () => {
  it('gives the same frames however the stream is cut', () => {
    const bodies = [Buffer.from('a'), Buffer.alloc(0), Buffer.alloc(1000, 7), Buffer.from('last')];
    const stream = Buffer.concat(bodies.map(encodeFrame));
    for (const size of [1, 2, 3, 5, 64, stream.length]) {
      const reader = new FrameReader(4096);
      const got: Buffer[] = [];
      for (let i = 0; i < stream.length; i += size) got.push(...reader.push(stream.subarray(i, i + size)));
      expect(got.map((b) => b.toString('hex'))).toEqual(bodies.map((b) => b.toString('hex')));
    }
  });

  it('refuses an oversized length as soon as the 4 bytes of it arrive, without allocating it', () => {
    const allocations: number[] = [];
    for (const name of ['alloc', 'allocUnsafe', 'allocUnsafeSlow'] as const) {
      const original = Buffer[name].bind(Buffer);
      vi.spyOn(Buffer, name).mockImplementation(((size: number, ...rest: unknown[]) => {
        allocations.push(size);
        return (original as (...a: unknown[]) => Buffer)(size, ...rest);
      }) as never);
    }
    const reader = new FrameReader(8 * 1024 * 1024);
    const header = Buffer.from([0xff, 0xff, 0xff, 0xf0]);
    expect(reader.push(header.subarray(0, 2))).toEqual([]);
    let thrown: unknown;
    try {
      reader.push(header.subarray(2));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(LinkError);
    expect((thrown as LinkError).fault).toBe('too-large');
    expect(Math.max(0, ...allocations)).toBeLessThanOrEqual(4);
  });

  it('allows a frame of exactly the limit and refuses one byte more', () => {
    const reader = new FrameReader(16);
    expect(reader.push(encodeFrame(Buffer.alloc(16)))).toHaveLength(1);
    expect(() => new FrameReader(16).push(encodeFrame(Buffer.alloc(17)))).toThrow(LinkError);
  });
});

describe('records', () => {
  const key = Buffer.alloc(32, 9);

  it('open what was sealed, in order, and name a replay, a gap and a changed byte', () => {
    const sealer = new RecordSealer(key);
    const r0 = sealer.seal(Content.Data, Buffer.from('zero'));
    const r1 = sealer.seal(Content.Data, Buffer.from('one'));
    const r2 = sealer.seal(Content.Data, Buffer.from('two'));
    const opener = new RecordOpener(key);
    expect(opener.open(r0).payload.toString()).toBe('zero');
    expect(() => opener.open(r0)).toThrow(expect.objectContaining({ fault: 'replay' }));
    expect(() => opener.open(r2)).toThrow(expect.objectContaining({ fault: 'gap' }));
    const changed = Buffer.from(r1);
    changed[changed.length - 20] = changed[changed.length - 20]! ^ 1;
    expect(() => opener.open(changed)).toThrow(expect.objectContaining({ fault: 'tag' }));
    expect(opener.open(r1).payload.toString()).toBe('one');
    expect(() => opener.open(Buffer.alloc(5))).toThrow(RecordError);
  });

  it('never reuse a nonce: the same message sealed twice differs, and a key from the other direction fails', () => {
    const sealer = new RecordSealer(key);
    const a = sealer.seal(Content.Data, Buffer.from('same'));
    const b = sealer.seal(Content.Data, Buffer.from('same'));
    expect(a.subarray(9).equals(b.subarray(9))).toBe(false);
    expect(() => new RecordOpener(Buffer.alloc(32, 8)).open(a)).toThrow(expect.objectContaining({ fault: 'tag' }));
  });
});
