import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { href } from '../../app/router';
import { getInstrument } from '../../content/instruments';
import { dashUi } from '../../content/ui-dashboard';
import { deviceNames, thisDevice } from '../../storage/device';
import {
  deleteSession,
  labelKey,
  listSessions,
  opensSingly,
  setTestRun,
} from '../../storage/sessions';
import type { SessionRecord } from '../../storage/types';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Heading } from '../../ui/Heading';
import { TestRunBadge } from '../../ui/TestRunBadge';
import { originUi } from '../../content/ui-origin';
import { originText } from './origin';

/** The list of earlier checks on this device: open, resume, delete (confirmed). */
export function Checks() {
  const { t, tx, date } = useI18n();
  const [list, setList] = useState<SessionRecord[] | null>(null);
  const [hidden, setHidden] = useState(0);
  const [toDelete, setToDelete] = useState<SessionRecord | null>(null);
  const [message, setMessage] = useState('');
  const [here, setHere] = useState({ id: '', names: {} as Record<string, string> });

  // an event visitor's check shows only pooled, never in this list (see opensSingly)
  const reload = () =>
    listSessions().then((all) => {
      setList(all.filter(opensSingly));
      setHidden(all.filter((s) => !opensSingly(s)).length);
    });
  useEffect(() => {
    void reload();
    void Promise.all([thisDevice(), deviceNames()]).then(([d, names]) =>
      setHere({ id: d.id, names }),
    );
  }, []);

  const name = (s: SessionRecord) => s.label ?? t('h.unnamed');
  const repeated = new Map<string, number>();
  for (const s of list ?? [])
    if (s.label && s.completedAt)
      repeated.set(labelKey(s.label), (repeated.get(labelKey(s.label)) ?? 0) + 1);

  return (
    <section>
      <Heading>{t('h.title')}</Heading>
      <p class="muted">{t('h.backup')}</p>
      <p>
        <a class="btn" href={href({ name: 'dashboard', scope: 'all' })}>
          {tx(dashUi.pooled)}
        </a>
      </p>
      <p role="status" class="muted">
        {message}
      </p>
      {list === null && <p class="loading">{t('loading')}</p>}
      {list && list.length > 0 && (
        <p class="hint" id="checks-test-hint">
          {tx(originUi.testRunHint)}
        </p>
      )}
      {hidden > 0 && <p class="notice">{t('h.anonymous', { n: hidden })}</p>}
      {list?.length === 0 && !hidden && <p>{t('h.empty')}</p>}
      {list && list.length > 0 && (
        <ul class="cards checks">
          {list.map((s) => {
            const instrument = getInstrument(s.instrumentId);
            return (
              <li class="card" key={s.id}>
                <h2 class="card__title">
                  {instrument ? tx(instrument.title) : s.instrumentId} – {name(s)}
                  {s.testRun && <TestRunBadge />}
                </h2>
                <p class="muted">
                  {s.completedAt ? t('h.done') : t('h.inProgress')} ·{' '}
                  {t('h.started', { date: date(s.createdAt) })}
                </p>
                <p class="muted" data-testid="origin">
                  {originText(s.origin, here, tx)}
                </p>
                <div class="row">
                  {s.completedAt ? (
                    <a class="btn btn--primary" href={href({ name: 'result', id: s.id })}>
                      {t('h.open')}
                    </a>
                  ) : (
                    <a
                      class="btn btn--primary"
                      href={href({ name: 'check', id: s.id, page: s.position })}
                    >
                      {t('h.resume')}
                    </a>
                  )}
                  {s.label && s.completedAt && (repeated.get(labelKey(s.label)) ?? 0) > 1 && (
                    <a class="btn" href={href({ name: 'trend', label: s.label })}>
                      {tx(dashUi.open)}
                    </a>
                  )}
                  <button
                    type="button"
                    class="btn"
                    aria-describedby="checks-test-hint"
                    onClick={() => void setTestRun(s.id, !s.testRun).then(reload)}
                  >
                    {tx(s.testRun ? originUi.unmarkTestRun : originUi.markTestRun)}
                  </button>
                  <button type="button" class="btn btn--danger" onClick={() => setToDelete(s)}>
                    {t('h.delete')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {toDelete && (
        <ConfirmDialog
          title={t('h.deleteTitle')}
          text={t('h.deleteText', { name: name(toDelete) })}
          confirm={t('h.deleteConfirm')}
          cancel={t('h.cancel')}
          onCancel={() => setToDelete(null)}
          onConfirm={async () => {
            await deleteSession(toDelete.id);
            setToDelete(null);
            setMessage(t('h.deleted'));
            await reload();
          }}
        />
      )}
    </section>
  );
}
