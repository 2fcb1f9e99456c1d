import { readFileSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { beforeAll, describe, expect, it } from 'vitest';
import { MemorySeam } from '../seam-memory';
import { applyImport, buildExport, previewImport } from '../backup/backup';
import { packFile } from '../backup/compact';
import type { ExportFile } from './file';
import { connect, resetConnection } from '../connection';
import { summarizer } from '../../features/summary';
import { exportJsonSchema } from './published';

const PATH = 'docs/export-format.schema.json';
const DOC = 'docs/export-format.md';
const text = () => `${JSON.stringify(exportJsonSchema(), null, 2)}\n`;
// `UPDATE_EXPORT_SCHEMA=1 npx vitest run src/storage/schema/published.test.ts` writes the file anew
if (process.env.UPDATE_EXPORT_SCHEMA) writeFileSync(PATH, text());

const at = Date.UTC(2026, 2, 1);
const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
/** A device's checks of every kind the app writes: firm, network, at an event, with plan and follow-up, a copy. */
const stored: ExportFile = {
  format: 'netzwerk-check',
  version: 1,
  exportedAt: new Date(at).toISOString(),
  events: [
    {
      id: id(100),
      name: 'Messe',
      date: '2026-03-01',
      instrumentId: 'kmu',
      pinHash: 'a'.repeat(64),
      pinSalt: id(101),
      idleSeconds: 90,
      keepPartial: true,
      consent: 'Ich bin einverstanden.',
      contact: {
        network: 'Netzwerk Nord',
        person: 'Alex Beispiel',
        phone: '0123',
        email: 'a@b.de',
      },
      privacy: 'feedback',
      createdAt: at,
      updatedAt: at,
      closedAt: at + 1,
    },
  ],
  sessions: [
    {
      id: id(1),
      instrumentId: 'kmu',
      instrumentVersion: 1,
      role: 'kmu',
      label: 'Bäckerei',
      createdAt: at,
      updatedAt: at + 5,
      completedAt: at + 5,
      position: 3,
      eventId: id(100),
      plan: [{ recommendationId: 'r1', who: 'Chefin', due: '2026-04-01', note: '', updatedAt: at }],
      followUp: { name: 'Kim', contact: 'kim@example.org', consent: 'Ja', at },
      handedOver: true,
      origin: { device: id(200), via: 'kiosk', network: 'Netzwerk Nord' },
      answers: {
        'd1-1': { value: 4, updatedAt: at },
        'd1-2': { value: 'na', updatedAt: at },
        'p-member': { value: 'no', updatedAt: at },
        barriers: { value: ['time', 'fees'], updatedAt: at },
      },
    },
    {
      id: id(2),
      instrumentId: 'netzwerk',
      instrumentVersion: 1,
      role: 'coordinator',
      label: 'Netzwerk Nord',
      createdAt: at,
      updatedAt: at,
      position: 0,
      answers: {},
    },
  ],
  devices: { [id(200)]: 'Messe-Tablet' },
};

describe('the published export format', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
    JSON.parse(readFileSync(PATH, 'utf8')),
  );
  let written: unknown;

  beforeAll(async () => {
    resetConnection();
    await connect(async () => new MemorySeam());
    await applyImport(await previewImport(stored), summarizer);
    // a newer version of check 1 arrives: the older one stays as a copy, and is exported too
    const newer = structuredClone(stored);
    newer.sessions[0]!.updatedAt = at + 50;
    newer.sessions[0]!.answers['d1-1'] = { value: 2, updatedAt: at + 50 };
    await applyImport(await previewImport(newer), summarizer);
    written = JSON.parse(packFile(await buildExport()).join(''));
  });

  it('is the file in docs/, generated from the app’s own schema (regenerate when this fails)', () => {
    expect(readFileSync(PATH, 'utf8')).toBe(text());
  });

  it('holds every export the app writes', () => {
    const file = written as ExportFile;
    expect(file.sessions).toHaveLength(3);
    // where each check came from, and the name of the device it names
    expect(file.sessions.map((s) => s.origin?.via).sort()).toEqual(['kiosk', 'kiosk', undefined]);
    expect(file.devices).toEqual({ [id(200)]: 'Messe-Tablet' });
    expect(validate(written), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses what the import refuses', () => {
    const bad = structuredClone(written) as { sessions: Record<string, unknown>[] };
    bad.sessions[0]!.role = 'boss';
    expect(validate(bad)).toBe(false);
    const extra = structuredClone(written) as { sessions: Record<string, unknown>[] };
    extra.sessions[0]!.secret = 1;
    expect(validate(extra)).toBe(false);
    const answer = structuredClone(written) as { sessions: { answers: unknown[] }[] };
    answer.sessions[0]!.answers[0] = ['d1-1', 9, at];
    expect(validate(answer)).toBe(false);
  });

  it('has every field described in docs/export-format.md', () => {
    const doc = readFileSync(DOC, 'utf8');
    const names = new Set<string>();
    const walk = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, unknown> }).properties;
      for (const [k, v] of Object.entries(props ?? {})) {
        names.add(k);
        walk(v);
      }
      for (const v of Object.values(node)) if (typeof v === 'object') walk(v);
    };
    walk(exportJsonSchema());
    expect([...names].filter((n) => !doc.includes(`\`${n}\``))).toEqual([]);
  });
});
