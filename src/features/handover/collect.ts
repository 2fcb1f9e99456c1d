import { getInstrument } from '../../content/instruments';
import { decodeHandover, type HandoverProblem } from '../../domain/handover';
import { applyImport, previewImport } from '../../storage/backup/backup';
import { FORMAT, FORMAT_VERSION } from '../../storage/backup/format';
import { originHere } from '../../storage/device';
import type { ExportFile } from '../../storage/types';
import { knownItems } from '../data/import-file';
import { summarizer } from '../summary';

/** What became of one scanned code. */
export type Collected =
  | { status: 'stored'; id: string }
  | { status: 'known'; id: string }
  | { problem: HandoverProblem | 'invalid' };

/** Reads a scanned code and stores its check under the event, with the rules of a file import. */
export async function collectCode(text: string, eventId: string): Promise<Collected> {
  const decoded = decodeHandover(text, getInstrument);
  if ('problem' in decoded) return decoded;
  // the code carries the session fields HANDOVER_FIELDS names and where the check came from;
  // the rest is this device's
  const { answers, testRun, network, ...carried } = decoded.check;
  const instrument = getInstrument(carried.instrumentId);
  if (!instrument) return { problem: 'unknown-instrument' };
  const at = carried.completedAt;
  const here = await originHere('qr');
  const file: ExportFile = {
    format: FORMAT,
    version: FORMAT_VERSION,
    exportedAt: new Date(at).toISOString(),
    sessions: [
      {
        ...carried,
        role: instrument.role,
        createdAt: at,
        updatedAt: at,
        position: 0,
        eventId,
        handedOver: true,
        ...(testRun && { testRun: true }),
        // the network the check came with; else this device's, at whose event it was collected
        origin: { ...here, ...(network && { network }) },
        answers: Object.fromEntries(
          Object.entries(answers).map(([id, value]) => [id, { value, updatedAt: at }]),
        ),
      },
    ],
    events: [],
  };
  // the same validation as a file import (zod, loaded only when needed)
  const { validateExport } = await import('../../storage/backup/validate');
  const valid = validateExport(new TextEncoder().encode(JSON.stringify(file)), knownItems);
  if ('problem' in valid) return { problem: 'invalid' };
  const plan = await previewImport(valid.file);
  // a check already on this device (scanned before, or imported) is never stored twice
  if (plan.unchanged.length || plan.conflicts.length) return { status: 'known', id: carried.id };
  await applyImport(plan, summarizer);
  return { status: 'stored', id: carried.id };
}
