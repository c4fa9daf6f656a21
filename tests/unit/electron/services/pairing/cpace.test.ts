import { describe, expect, it } from 'vitest';
import { ristretto255 } from '@noble/curves/ed25519.js';
import {
  DSI,
  calculateGenerator,
  generatorString,
  intermediateSessionKey,
  isIdentity,
  lvCat,
  prependLen,
  sampleScalar,
  scalarFromBytes,
  scalarMult,
  scalarMultVfy,
  transcriptIr,
} from '../../../../../electron/services/pairing/cpace';

// Test vectors from draft-irtf-cfrg-cpace (appendix "Test vector for CPace using group
// ristretto255 and hash SHA-512", and the string utility vectors). Data, copied as published.
const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const text = (s: string) => Buffer.from(s, 'latin1');

const V = {
  prs: text('Password'),
  ci: hex('0b415f696e69746961746f720b425f726573706f6e646572'),
  sid: hex('7e4b4791d6a8ef019b936c79fb7f2c57'),
  generatorString: hex(`11435061636552697374726574746f3235350850617373776f726464
      00000000000000000000000000000000000000000000000000000000
      00000000000000000000000000000000000000000000000000000000
      00000000000000000000000000000000000000000000000000000000
      00000000000000000000000000000000180b415f696e69746961746f
      720b425f726573706f6e646572107e4b4791d6a8ef019b936c79fb7f
      2c57`),
  g: hex('222b6b195fe84b1652badb6f6a3ae3d24341e7306967f0b8115b40d5698c7e56'),
  ya: hex('da3d23700a9e5699258aef94dc060dfda5ebb61f02a5ea77fad53f4ff0976d08'),
  adA: text('ADa'),
  Ya: hex('d6bac480f2c386c394efc7c47adb9925dcd2630b64f240c50f8d0eec482b9157'),
  yb: hex('d2316b454718c35362d83d69df6320f38578ed5984651435e2949762d900b80d'),
  adB: text('ADb'),
  Yb: hex('3ea7e0b19560d7c0b0f5734f63b955286dfa8232b5ebe63324e2d9e7433f7258'),
  K: hex('80b69a8a76457ab6a4d7f887a4bf6b55a2f80ac19c333f917a05fc9887c8b40f'),
  transcriptIr: hex(`20d6bac480f2c386c394efc7c47adb9925dcd2630b64f240c50f8d0e
      ec482b915703414461203ea7e0b19560d7c0b0f5734f63b955286dfa
      8232b5ebe63324e2d9e7433f725803414462`),
  iskIr: hex(`b69effbf61b51d56401c0f65601abe428de8206feaaf0e32198896dc
      ae7b35cd2b38950a39dfd5d4a79164614c2984f7daa460b588c1e80c
      3fa2068af7900447`),
};

describe('CPace string utilities (draft vectors)', () => {
  it('prepend_len', () => {
    expect(prependLen(text('')).toString('hex')).toBe('00');
    expect(prependLen(text('1234')).toString('hex')).toBe('0431323334');
    const r127 = Buffer.from(Array.from({ length: 127 }, (_, i) => i));
    const r128 = Buffer.from(Array.from({ length: 128 }, (_, i) => i));
    expect(prependLen(r127).subarray(0, 2).toString('hex')).toBe('7f00');
    expect(prependLen(r127).length).toBe(128);
    expect(prependLen(r128).subarray(0, 3).toString('hex')).toBe('800100');
    expect(prependLen(r128).length).toBe(130);
  });

  it('lv_cat and transcript_ir', () => {
    expect(lvCat(text('1234'), text('5'), text(''), text('678')).toString('hex')).toBe('043132333401350003363738');
    expect(transcriptIr(text('123'), text('PartyA'), text('234'), text('PartyB')).toString('hex')).toBe('03313233065061727479410332333406506172747942');
    expect(transcriptIr(text('3456'), text('PartyA'), text('2345'), text('PartyB')).toString('hex')).toBe('043334353606506172747941043233343506506172747942');
  });
});

describe('CPACE-RISTR255-SHA512 (draft vectors)', () => {
  it('builds the generator string and the generator', () => {
    expect(generatorString(DSI, V.prs, V.ci, V.sid).equals(V.generatorString)).toBe(true);
    expect(Buffer.from(calculateGenerator(V.prs, V.ci, V.sid).toBytes()).equals(V.g)).toBe(true);
  });

  it('computes both messages, the shared point and ISK', () => {
    const g = calculateGenerator(V.prs, V.ci, V.sid);
    const ya = scalarFromBytes(V.ya);
    const yb = scalarFromBytes(V.yb);
    expect(Buffer.from(scalarMult(ya, g)).equals(V.Ya)).toBe(true);
    expect(Buffer.from(scalarMult(yb, g)).equals(V.Yb)).toBe(true);
    expect(Buffer.from(scalarMultVfy(ya, V.Yb)).equals(V.K)).toBe(true);
    expect(Buffer.from(scalarMultVfy(yb, V.Ya)).equals(V.K)).toBe(true);
    expect(transcriptIr(V.Ya, V.adA, V.Yb, V.adB).equals(V.transcriptIr)).toBe(true);
    expect(intermediateSessionKey(V.sid, V.K, V.Ya, V.adA, V.Yb, V.adB).equals(V.iskIr)).toBe(true);
  });

  it('scalar_mult with valid inputs', () => {
    const s = scalarFromBytes(hex('7cd0e075fa7955ba52c02759a6c90dbbfc10e6d40aea8d283e407d88cf538a05'));
    const X = hex('2c3c6b8c4f3800e7aef6864025b4ed79bd599117e427c41bd47d93d654b4a51c');
    const expected = '7c13645fe790a468f62c39beb7388e541d8405d1ade69d1778c5fe3e7f6b600e';
    expect(Buffer.from(scalarMult(s, ristretto255.Point.fromBytes(X))).toString('hex')).toBe(expected);
    expect(Buffer.from(scalarMultVfy(s, X)).toString('hex')).toBe(expected);
  });

  it('scalar_mult_vfy gives the neutral element for an invalid encoding and for the identity', () => {
    const s = scalarFromBytes(hex('7cd0e075fa7955ba52c02759a6c90dbbfc10e6d40aea8d283e407d88cf538a05'));
    expect(isIdentity(scalarMultVfy(s, hex('2b3c6b8c4f3800e7aef6864025b4ed79bd599117e427c41bd47d93d654b4a51c')))).toBe(true);
    expect(isIdentity(scalarMultVfy(s, new Uint8Array(32)))).toBe(true);
    expect(isIdentity(scalarMultVfy(s, new Uint8Array(31)))).toBe(true);
  });

  it('samples scalars below 2^252, never zero, and different each time', () => {
    const seen = new Set<bigint>();
    for (let i = 0; i < 50; i++) {
      const y = sampleScalar();
      expect(y > 0n && y < 1n << 252n).toBe(true);
      seen.add(y);
    }
    expect(seen.size).toBe(50);
  });
});
