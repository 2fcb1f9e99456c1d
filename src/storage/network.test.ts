import { summarizer } from '../features/summary';
import { beforeEach, describe, expect, it } from 'vitest';
import { IdbSeam } from './seam-idb';
import { connect, resetConnection } from './connection';
import { createEvent, getEvent, updateEvent } from './events';
import { getNetworkProfile, saveNetworkProfile } from './network';
import { cleanContact } from './schema/clean';
import { createSession, completeSession } from './sessions';
import { applyImport, buildExport, deleteAllChecks, previewImport } from './backup/backup';
import { validateExport } from './backup/validate';

const contact = {
  network: 'Fachkräfte-Netz Muster',
  person: 'Erika Beispiel',
  phone: '0711 123 45',
  email: 'erika@example.org',
};
const eventInput = {
  name: 'Kammerabend',
  date: '2026-11-23',
  instrumentId: 'kmu-kurz',
  idleSeconds: 90,
  keepPartial: false,
};

describe('cleaning a contact', () => {
  it.each<[string, Parameters<typeof cleanContact>[0], ReturnType<typeof cleanContact>]>([
    ['everything empty: no contact', { network: ' ', person: '' }, undefined],
    ['only a phone number: no contact (nobody to name)', { phone: '0711' }, undefined],
    ['a person alone is enough', { person: ' Erika ' }, { network: '', person: 'Erika' }],
    [
      'empty optional fields are dropped, long ones cut',
      { network: 'N', person: '', phone: '', web: 'x'.repeat(300) },
      { network: 'N', person: '', web: 'x'.repeat(200) },
    ],
  ])('%s', (_, input, expected) => expect(cleanContact(input)).toEqual(expected));
});

describe('the network profile and events', () => {
  beforeEach(() => {
    resetConnection();
    return connect(() => IdbSeam.open({}, `network-${crypto.randomUUID()}`));
  });

  it('is stored, read back and removed when emptied', async () => {
    expect(await getNetworkProfile()).toBeUndefined();
    await saveNetworkProfile(contact);
    expect(await getNetworkProfile()).toEqual(contact);
    await saveNetworkProfile({ network: '', person: '' });
    expect(await getNetworkProfile()).toBeFalsy();
  });

  it('an event keeps its contact, can drop it, and it survives export and import', async () => {
    const e = await createEvent({ ...eventInput, contact });
    expect((await getEvent(e.id))?.contact).toEqual(contact);
    const s = await createSession({
      instrumentId: 'kmu-kurz',
      instrumentVersion: 1,
      role: 'kmu',
      eventId: e.id,
    });
    await completeSession(s.id, summarizer);
    const file = await buildExport();
    expect(file.events[0]?.contact).toEqual(contact);
    await deleteAllChecks();
    const bytes = new TextEncoder().encode(JSON.stringify(file));
    const valid = validateExport(bytes, () => new Set());
    if ('problem' in valid) throw new Error(JSON.stringify(valid.problem));
    await applyImport(await previewImport(valid.file), summarizer);
    expect((await getEvent(e.id))?.contact).toEqual(contact);

    await updateEvent(e.id, { ...eventInput, contact: undefined });
    expect((await getEvent(e.id))?.contact).toBeUndefined();
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown field', { ...contact, fax: '0711' }],
    ['a phone number of 200 characters', { ...contact, phone: '1'.repeat(200) }],
    ['a missing name field', { person: 'Erika' }],
  ])('an import whose event contact has %s is rejected whole', (_, bad) => {
    const file = {
      format: 'netzwerk-check',
      version: 1,
      exportedAt: new Date(0).toISOString(),
      sessions: [],
      events: [
        {
          id: '00000000-0000-4000-8000-000000000001',
          ...eventInput,
          createdAt: 1,
          updatedAt: 1,
          contact: bad,
        },
      ],
    };
    const r = validateExport(new TextEncoder().encode(JSON.stringify(file)), () => new Set());
    expect(r).toHaveProperty('problem.code', 'invalid');
  });
});
