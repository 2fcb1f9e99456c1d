import { beforeEach, describe, expect, it } from 'vitest';
import { makeI18n } from '../app/i18n';
import { getInstrument } from '../content/instruments';
import { encodeHandover } from '../domain/handover';
import { collectCode } from '../features/handover/collect';
import { originText } from '../features/history/origin';
import { summarizer } from '../features/summary';
import { MemorySeam } from './seam-memory';
import { applyImport, buildExport, previewImport } from './backup/backup';
import { packFile } from './backup/compact';
import { validateExport } from './backup/validate';
import { knownItems } from '../features/data/import-file';
import { connect, resetConnection, storage } from './connection';
import { deviceNames, setDeviceName, thisDevice } from './device';
import { createEvent } from './events';
import { saveNetworkProfile } from './network';
import { createSession, getSession } from './sessions';
import type { ExportFile } from './types';

const { tx } = makeI18n('de', () => {});
const kmu = { instrumentId: 'kmu', instrumentVersion: 1, role: 'kmu' as const };
const messe = {
  name: 'Messe',
  date: '2026-03-01',
  instrumentId: 'kmu',
  idleSeconds: 60,
  keepPartial: true,
};

/** A fresh device: its own empty storage. */
const device = async () => {
  resetConnection();
  await connect(async () => new MemorySeam());
  return thisDevice();
};

/** What the app writes as a backup file, read back as the import reads it. */
const roundTrip = async (): Promise<ExportFile> => {
  const valid = validateExport(
    new TextEncoder().encode(packFile(await buildExport()).join('')),
    knownItems,
  );
  if ('problem' in valid) throw new Error(JSON.stringify(valid.problem));
  return valid.file;
};

/** The origin line "Meine Checks" shows for a stored check on the current device. */
const shown = async (id: string) => {
  const here = { id: (await thisDevice()).id, names: await deviceNames() };
  return originText((await getSession(id))?.origin, here, tx);
};

describe('where a check came from', () => {
  beforeEach(device);

  it('a device makes its id once and keeps it', async () => {
    const first = await thisDevice();
    expect(await thisDevice()).toEqual(first);
    expect((await setDeviceName('  Messe-Tablet  ')).name).toBe('Messe-Tablet');
    expect(await thisDevice()).toEqual({ id: first.id, name: 'Messe-Tablet' });
    expect((await setDeviceName(' ')).name).toBeUndefined();
  });

  it('a check answered here, or at an event, says so with the device and the network profile', async () => {
    await saveNetworkProfile({ network: 'Fachkräfte Nordost', person: 'Alex' });
    const own = await createSession(kmu);
    const event = await createEvent(messe);
    const visit = await createSession({ ...kmu, eventId: event.id });
    const { id } = await thisDevice();
    expect(own.origin).toEqual({ device: id, via: 'here', network: 'Fachkräfte Nordost' });
    expect(visit.origin).toEqual({ device: id, via: 'kiosk', network: 'Fachkräfte Nordost' });
    expect(await shown(own.id)).toBe('Auf diesem Gerät ausgefüllt · Netzwerk: Fachkräfte Nordost');
    expect(await shown(visit.id)).toBe(
      'Im Veranstaltungsmodus auf diesem Gerät ausgefüllt · Netzwerk: Fachkräfte Nordost',
    );
  });

  it('export → import → merge → export keeps the original device and its name', async () => {
    const tablet = await setDeviceName('Messe-Tablet');
    const event = await createEvent(messe);
    const visit = await createSession({ ...kmu, eventId: event.id });
    const file = await roundTrip();
    expect(file.devices).toEqual({ [tablet.id]: 'Messe-Tablet' });

    const office = await device();
    await applyImport(await previewImport(file), summarizer);
    expect((await getSession(visit.id))?.origin).toEqual({ device: tablet.id, via: 'kiosk' });
    expect(await shown(visit.id)).toBe(
      'Im Veranstaltungsmodus auf Gerät „Messe-Tablet“ ausgefüllt, per Datei übernommen',
    );

    // the same check once more, now as if scanned here: known, and its origin stays the first one
    const again = structuredClone(file);
    again.sessions[0]!.origin = { device: office.id, via: 'qr' };
    const plan = await previewImport(again);
    expect([plan.added.length, plan.unchanged.length, plan.conflicts.length]).toEqual([0, 1, 0]);
    await applyImport(plan, summarizer);
    expect((await getSession(visit.id))?.origin?.device).toBe(tablet.id);

    // a newer version from the tablet: the kept version and the copy both keep where they came from
    const newer = structuredClone(file);
    newer.sessions[0]!.updatedAt += 10;
    newer.sessions[0]!.label = 'Bäckerei';
    await applyImport(await previewImport(newer), summarizer);
    const all = await (await storage()).listSessions();
    expect(all).toHaveLength(2);
    expect(all.map((s) => s.origin?.device)).toEqual([tablet.id, tablet.id]);

    // exported from the office, the tablet's name goes along
    const onward = await roundTrip();
    expect(onward.devices).toEqual({ [tablet.id]: 'Messe-Tablet' });
    expect(onward.sessions.every((s) => s.origin?.via === 'kiosk')).toBe(true);
  });

  it('a check from an older file stays as it was: origin unknown', async () => {
    const old = await createSession(kmu);
    const file = await roundTrip();
    delete file.sessions[0]!.origin;
    await device();
    await applyImport(await previewImport({ ...file, version: 2 }), summarizer);
    expect((await getSession(old.id))?.origin).toBeUndefined();
    expect(await shown(old.id)).toBe('Herkunft unbekannt');
  });

  it('a scanned QR code is stored as taken over by QR on this device, and keeps that in a file', async () => {
    const instrument = getInstrument('kmu')!;
    const scanner = await setDeviceName('Messe-Tablet');
    const event = await createEvent(messe);
    const id = '12345678-1234-4234-8234-123456789abc';
    const code = encodeHandover(
      {
        id,
        instrumentId: 'kmu',
        instrumentVersion: instrument.version,
        completedAt: Date.UTC(2026, 2, 1, 18),
        answers: { 'd1-1': 4 },
      },
      instrument,
    );
    expect(await collectCode(code, event.id)).toEqual({ status: 'stored', id });
    expect((await getSession(id))?.origin).toEqual({ device: scanner.id, via: 'qr' });
    expect(await shown(id)).toBe('Per QR-Code übernommen von diesem Gerät');
    const file = await roundTrip();
    await device();
    await applyImport(await previewImport(file), summarizer);
    expect(await shown(id)).toBe(
      'Per QR-Code übernommen von Gerät „Messe-Tablet“, per Datei übernommen',
    );
  });

  it('a QR code brings its check’s network and Testlauf mark; without a network, the collecting device’s', async () => {
    const instrument = getInstrument('kmu')!;
    await saveNetworkProfile({ network: 'Netzwerk Ost', person: 'Alex' });
    const scanner = await thisDevice();
    const event = await createEvent(messe);
    const code = (id: string, more: object) =>
      encodeHandover(
        {
          id,
          instrumentId: 'kmu',
          instrumentVersion: instrument.version,
          completedAt: Date.UTC(2026, 2, 1, 18),
          answers: { 'd1-1': 4 },
          ...more,
        },
        instrument,
      );
    const sent = '12345678-1234-4234-8234-123456789ab1';
    const plain = '12345678-1234-4234-8234-123456789ab2';
    expect(
      await collectCode(code(sent, { network: 'Fachkräfte Süd', testRun: true }), event.id),
    ).toEqual({ status: 'stored', id: sent });
    expect(await collectCode(code(plain, {}), event.id)).toEqual({ status: 'stored', id: plain });
    const got = await getSession(sent);
    expect(got?.origin).toEqual({ device: scanner.id, via: 'qr', network: 'Fachkräfte Süd' });
    expect(got?.testRun).toBe(true);
    const other = await getSession(plain);
    expect(other?.origin).toEqual({ device: scanner.id, via: 'qr', network: 'Netzwerk Ost' });
    expect(other?.testRun).toBeUndefined();
    // kept through a file to another device
    const file = await roundTrip();
    await device();
    await applyImport(await previewImport(file), summarizer);
    expect((await getSession(sent))?.origin?.network).toBe('Fachkräfte Süd');
    expect((await getSession(sent))?.testRun).toBe(true);
  });
});
