// first screen: keep small
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { href, navigate } from '../../app/router';
import { catalog, type CatalogEntry } from '../../content/catalog';
import { createSession, listOpenSessions } from '../../storage/sessions';
import type { Role, SessionRecord } from '../../storage/types';
import { Heading } from '../../ui/Heading';
import { IosHint } from '../../ui/IosHint';

/** The start screen: what this is, how long it takes, that data stays here; three doors in. */
export function Start() {
  const { t, tx, date } = useI18n();
  const [open, setOpen] = useState<SessionRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const kmu = catalog.kmu;

  useEffect(() => {
    let live = true;
    // only the open checks are read: a coordinator's thousands of completed ones would slow
    // down whatever is opened next
    void listOpenSessions().then((open) => {
      if (live) setOpen(open.find((s) => !s.eventId) ?? null);
    });
    return () => {
      live = false;
    };
  }, []);

  const begin = async (entry: CatalogEntry, role: Role) => {
    setBusy(true);
    const s = await createSession({
      instrumentId: entry.id,
      instrumentVersion: entry.version,
      role,
    });
    navigate({ name: 'check', id: s.id, page: 0 });
  };

  return (
    <section class="start">
      <p class="eyebrow">{tx(kmu.title)}</p>
      <Heading>{t('start.title')}</Heading>
      <p class="lead">{t('start.lead')}</p>
      <h2 class="visually-hidden">{t('start.facts')}</h2>
      <ul class="facts">
        <li>{t('start.factTime', { minutes: kmu.minutes, items: kmu.items })}</li>
        <li>{t('start.factDevice')}</li>
        <li>{t('start.factPause')}</li>
      </ul>
      <IosHint />
      <div class="actions">
        <button
          type="button"
          class={open ? 'btn' : 'btn btn--primary'}
          onClick={() => void begin(kmu, 'kmu')}
          disabled={busy}
        >
          {busy ? t('start.starting') : t('start.begin')}
        </button>
        {open && (
          <a
            class="btn btn--primary"
            href={href({ name: 'check', id: open.id, page: open.position })}
          >
            {t('start.resume', {
              check: tx(catalog[open.instrumentId as keyof typeof catalog]?.title ?? kmu.title),
              date: date(open.updatedAt),
            })}
          </a>
        )}
      </div>
      <section class="doors" aria-labelledby="doors-h">
        <h2 id="doors-h">{t('start.coordTitle')}</h2>
        <p>{t('start.coordLead', { minutes: catalog.netzwerk.minutes })}</p>
        <div class="actions">
          <button
            type="button"
            class="btn"
            onClick={() => void begin(catalog.netzwerk, 'coordinator')}
            disabled={busy}
          >
            {t('start.coordBegin')}
          </button>
          <a class="btn" href={href({ name: 'events' })}>
            {t('start.eventBegin')}
          </a>
        </div>
      </section>
    </section>
  );
}
