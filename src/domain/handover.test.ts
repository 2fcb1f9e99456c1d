import encodeQR from 'qr';
import { describe, expect, it } from 'vitest';
import { getInstrument, instruments } from '../content/instruments';
import type { Instrument } from '../content/schema';
import { decodeHandover, encodeHandover, type HandoverCheck } from './handover';
import type { AnswerValue } from './types';

/** A small seeded random generator, so a failing case can be replayed. */
const rng = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

const items = (i: Instrument) => i.blocks.flatMap((b) => b.items);
const uuid = (r: () => number) =>
  [8, 4, 4, 4, 12]
    .map((n) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join(''))
    .join('-');

function randomCheck(instrument: Instrument, r: () => number, full = false): HandoverCheck {
  const answers: Record<string, AnswerValue> = {};
  for (const item of items(instrument)) {
    if (!full && r() < 0.2) continue;
    const options = item.options ?? [];
    if (item.type === 'likert') answers[item.id] = r() < 0.1 ? 'na' : 1 + Math.floor(r() * 5);
    else if (item.type === 'single')
      answers[item.id] = options[Math.floor(r() * options.length)]!.id;
    else if (item.type === 'multi') {
      const picked = options.filter(() => full || r() < 0.4).map((o) => o.id);
      if (picked.length) answers[item.id] = picked;
    }
  }
  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    id: uuid(r),
    completedAt: Date.UTC(2026, 10, 23, 18, 30, 15) + Math.floor(r() * 1000),
    answers,
  };
}

/** The QR version a text needs at error correction M. */
const qrVersion = (text: string) =>
  (encodeQR(text, 'raw', { ecc: 'medium', border: 1 }).length - 2 - 17) / 4;

describe.each(instruments.map((i) => [i.id, i] as const))(
  'hand-over code of %s',
  (_, instrument) => {
    it('round-trips 300 generated checks exactly', () => {
      const r = rng(instrument.id.length * 7919);
      for (let k = 0; k < 300; k++) {
        const check = randomCheck(instrument, r);
        const code = encodeHandover(check, instrument);
        expect(code).toMatch(/^\d+$/);
        expect(decodeHandover(code, getInstrument)).toEqual({ check });
      }
    });

    it('round-trips where each check came from: Testlauf and the network of its origin', () => {
      const r = rng(instrument.id.length * 31);
      const names = [
        'Netzwerk Nord',
        'Fachkräfte-Allianz Süd (Landkreis Görlitz)',
        '„Wir für Zittau“ – Ausbildung & Beruf',
        'Réseau 🌍 Ørestad',
        'N'.repeat(120),
      ];
      for (let k = 0; k < 50; k++) {
        const check = {
          ...randomCheck(instrument, r),
          ...(k % 2 === 0 && { testRun: true }),
          ...(k % 3 !== 2 && { network: names[k % names.length]! }),
        };
        expect(decodeHandover(encodeHandover(check, instrument), getInstrument)).toEqual({ check });
      }
    });

    it('leaves free text out', () => {
      const text = items(instrument).find((i) => i.type === 'text');
      if (!text) return;
      const check = { ...randomCheck(instrument, rng(1), true), answers: { [text.id]: 'geheim' } };
      const back = decodeHandover(encodeHandover(check, instrument), getInstrument);
      expect(back).toEqual({ check: { ...check, answers: {} } });
    });

    it('fits one QR code a phone reads at arm’s length when every item is answered', () => {
      const code = encodeHandover(randomCheck(instrument, rng(3), true), instrument);
      const version = qrVersion(code);
      console.log(`${instrument.id}: ${code.length} digits, QR version ${version} (M)`);
      expect(version).toBeLessThanOrEqual(5);
      // a Testlauf costs nothing more; a network of 40 characters two digits each
      const network = 'Fachkräftenetzwerk Landkreis Musterstadt';
      const marked = { ...randomCheck(instrument, rng(3), true), testRun: true, network };
      const more = encodeHandover(marked, instrument);
      expect(more.length - code.length).toBe(3 + 2 * network.length);
      console.log(
        `${instrument.id} with a network: ${more.length} digits, QR version ${qrVersion(more)} (M)`,
      );
      expect(qrVersion(more)).toBeLessThanOrEqual(instrument.role === 'coordinator' ? 6 : 5);
    });
  },
);

describe('codes that are not taken', () => {
  const instrument = getInstrument('kmu-kurz')!;
  const code = encodeHandover(randomCheck(instrument, rng(9), true), instrument);
  // swapping equal digits changes nothing: swap at the first place past the header where they differ
  const at = [...code].findIndex((c, i) => i >= 60 && c !== code[i + 1]);
  it.each<[string, string, string]>([
    ['a web address', 'https://example.org/', 'foreign'],
    ['a number from elsewhere', '4006381333931', 'foreign'],
    [
      'one digit changed',
      code.slice(0, 50) + ((Number(code[50]) + 1) % 10) + code.slice(51),
      'damaged',
    ],
    [
      'two digits swapped',
      code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2),
      'damaged',
    ],
    ['cut short', code.slice(0, -5), 'damaged'],
  ])('%s', (_, text, problem) => {
    expect(text).not.toBe(code);
    expect(decodeHandover(text, getInstrument)).toEqual({ problem });
  });

  it('a newer format is named as such', () => {
    const body = `733${code.slice(3, -2)}`;
    const fixed = body + String(98 - Number(BigInt(`${body}00`) % 97n)).padStart(2, '0');
    expect(decodeHandover(fixed, getInstrument)).toEqual({ problem: 'newer-format' });
  });

  it('an instrument version this app does not know is refused, as an import would', () => {
    const body = `${code.slice(0, 4)}09${code.slice(6, -2)}`;
    const fixed = body + String(98 - Number(BigInt(`${body}00`) % 97n)).padStart(2, '0');
    expect(decodeHandover(fixed, getInstrument)).toEqual({ problem: 'unknown-instrument' });
  });
});

describe('codes of format 1 (before provenance)', () => {
  it('are still read, as checks of no network and no Testlauf', () => {
    // written by the app before format 2, for kmu-kurz with three answers
    const code = '73120102419785716101161946853396070637978284401945512000000234000000000000000011';
    expect(decodeHandover(code, getInstrument)).toEqual({
      check: {
        instrumentId: 'kmu-kurz',
        instrumentVersion: 1,
        id: '12345678-1234-4234-8234-123456789abc',
        completedAt: Date.UTC(2026, 2, 1, 18),
        answers: { 'd1-2': 2, 'd1-3': 4, 'd1-4': 3 },
      },
    });
  });
});
