import type { Page } from '@playwright/test';
import { syntheticChecks, type SyntheticSpec } from '../synthetic-checks';

/** Writes generated checks into the app's IndexedDB, in the page, in one transaction. */
export async function seed(page: Page, specs: SyntheticSpec[]) {
  await page.evaluate(
    async ({ source, specs }) => {
      const generate = new Function(`return (${source})`)() as (s: unknown) => {
        id: string;
        answers: Record<string, { value: unknown; updatedAt: number }>;
      }[];
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open('netzwerk-check');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const tx = db.transaction(['sessions', 'answers'], 'readwrite');
      for (const s of specs)
        for (const { answers, ...session } of generate(s)) {
          tx.objectStore('sessions').put(session);
          for (const [itemId, a] of Object.entries(answers))
            tx.objectStore('answers').put({ sessionId: session.id, itemId, ...a });
        }
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { source: syntheticChecks.toString(), specs },
  );
}

/**
 * All checks, answers and events in IndexedDB, read independently of the app (keys sorted): the
 * counts and the SHA-256 of the whole dump, so that even 20,000 checks compare in one string. A
 * completed check may keep its answers as records or in its whole snapshot (with their times):
 * both count as its answers, in the order of their keys.
 */
export const dump = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const req = indexedDB.open('netzwerk-check');
        req.onsuccess = () => {
          const tx = req.result.transaction(['sessions', 'answers', 'events', 'snapshots']);
          type Answer = { sessionId: string; itemId: string; value: unknown; updatedAt: number };
          type Snap = {
            id: string;
            answers: Record<string, unknown>;
            times?: Record<string, number>;
          };
          const [s, r, e, w] = ['sessions', 'answers', 'events', 'snapshots'].map((n) =>
            tx.objectStore(n).getAll(),
          ) as [
            IDBRequest<{ id: string }[]>,
            IDBRequest<Answer[]>,
            IDBRequest<{ id: string }[]>,
            IDBRequest<Snap[]>,
          ];
          tx.oncomplete = async () => {
            const whole = w.result.flatMap((snap) =>
              snap.times
                ? Object.entries(snap.answers).map(([itemId, value]) => ({
                    sessionId: snap.id,
                    itemId,
                    value,
                    updatedAt: snap.times![itemId]!,
                  }))
                : [],
            );
            const key = (x: Answer) => [x.sessionId, x.itemId];
            const before = (x: Answer, y: Answer) => indexedDB.cmp(key(x), key(y));
            const a = { result: [...r.result, ...whole].sort(before) };
            const sort = (v: unknown): unknown =>
              Array.isArray(v)
                ? v.map(sort)
                : v && typeof v === 'object'
                  ? Object.fromEntries(
                      Object.keys(v)
                        .sort()
                        .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
                    )
                  : v;
            const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);
            const all = JSON.stringify(sort([s.result.sort(byId), a.result, e.result.sort(byId)]));
            const sha = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(all));
            const hex = [...new Uint8Array(sha)].map((b) => b.toString(16).padStart(2, '0'));
            resolve(`${s.result.length} checks, ${a.result.length} answers: ${hex.join('')}`);
            req.result.close();
          };
        };
      }),
  );

/** Reads an export file's content in on the open data screen ("Jetzt einlesen") and waits until it is in. */
export async function importFile(page: Page, name: string, content: unknown) {
  await page.locator('#import-file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(content)),
  });
  await page.getByRole('button', { name: 'Jetzt einlesen' }).click();
  await page.getByText(/Check\(s\) eingelesen/).waitFor();
}
