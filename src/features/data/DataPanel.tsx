import { Fragment } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { href } from '../../app/router';
import { dataUi } from '../../content/ui-data';
import { deleteAllChecks, exportState } from '../../storage/backup/backup';
import { MAX_CHECKS, MIN_PASSPHRASE } from '../../storage/backup/format';
import { storageInfo, type StorageInfo } from '../../storage/estimate';
import { requestPersistence } from '../../storage/persist';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Heading } from '../../ui/Heading';
import { exportCsv, exportJson } from './actions';
import { DeviceName } from './DeviceName';
import { ImportBox } from './ImportBox';
import { IosHint } from '../../ui/IosHint';

// the analyst table evaluates every check and may need the Parquet writer: both load only when chosen
const analyst = (kind: 'csv' | 'parquet') => import('./analyst').then((m) => m.exportLong(kind));

const size = (bytes: number | undefined, unknown: string, lang: string) => {
  if (bytes === undefined) return unknown;
  const [value, unit] =
    bytes < 1048576
      ? [bytes / 1024, 'KB']
      : bytes < 1073741824
        ? [bytes / 1048576, 'MB']
        : [bytes / 1073741824, 'GB'];
  return `${value.toLocaleString(lang, { maximumFractionDigits: unit === 'KB' ? 0 : 1 })} ${unit}`;
};

/** The data-safety panel: status, backup reminder, export, import, delete everything. */
export function DataPanel() {
  const { tx, date, lang } = useI18n();
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const [state, setState] = useState<{
    total: number;
    unexported: number;
    lastExportAt?: number;
  } | null>(null);
  const [message, setMessage] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [encrypt, setEncrypt] = useState(false);
  const [pass, setPass] = useState(['', '']);

  const refresh = useCallback(() => {
    void storageInfo().then(setInfo);
    void exportState().then(setState);
  }, []);
  useEffect(refresh, [refresh]);

  const [busy, setBusy] = useState(false);
  const run = async (fn: () => ReturnType<typeof exportJson>, backup = false) => {
    if (busy) return;
    setBusy(true);
    setMessage(tx(dataUi.exporting));
    try {
      // a tap before the panel has counted the checks waits for the count, never says "nothing"
      const { total } = state ?? (await exportState());
      if (!total) return setMessage(tx(dataUi.nothing));
      // more than a backup file holds is said at once, before minutes of building a file for nothing
      if (backup && total > MAX_CHECKS) return setMessage(tx(dataUi.exportTooBig, { max }));
      const r = await fn();
      if (r.delivery === 'too-big') setMessage(tx(dataUi.exportTooBig, { max }));
      else if (r.delivery === 'cancelled') setMessage('');
      else
        setMessage(tx(r.delivery === 'shared' ? dataUi.shared : dataUi.exported, { file: r.name }));
    } catch (e) {
      setMessage(tx(dataUi.exportFailed, { detail: e instanceof Error ? e.message : '?' }));
    } finally {
      setBusy(false);
    }
    refresh();
  };

  const backUp = () => {
    if (!encrypt) return run(() => exportJson(), true);
    if (pass[0]!.length < MIN_PASSPHRASE)
      return setMessage(tx(dataUi.passphraseShort, { min: MIN_PASSPHRASE }));
    if (pass[0] !== pass[1]) return setMessage(tx(dataUi.passphraseMismatch));
    return run(() => exportJson(undefined, pass[0]), true);
  };

  const unknown = tx(dataUi.unknown);
  const max = MAX_CHECKS.toLocaleString(lang);
  return (
    <section>
      <Heading>{tx(dataUi.title)}</Heading>
      <p>{tx(dataUi.intro)}</p>
      <IosHint />
      {state && state.unexported > 0 && (
        <p class="notice" role="status">
          {tx(state.unexported === 1 ? dataUi.reminderOne : dataUi.reminder, {
            n: state.unexported,
          })}
        </p>
      )}
      <h2>{tx(dataUi.statusTitle)}</h2>
      <dl class="facts-list">
        <dt>{tx(dataUi.persisted)}</dt>
        <dd>
          {info?.persisted
            ? tx(dataUi.persistedYes)
            : info?.persisted === false
              ? tx(dataUi.persistedNo)
              : unknown}
          {info?.persisted === false && (
            <button
              type="button"
              class="btn btn--small"
              onClick={() => void requestPersistence().then(refresh)}
            >
              {tx(dataUi.persistAsk)}
            </button>
          )}
        </dd>
        <dt>{tx(dataUi.usage)}</dt>
        <dd>
          {tx(dataUi.usageValue, {
            used: size(info?.usage, unknown, lang),
            quota: size(info?.quota, unknown, lang),
          })}
        </dd>
        <dt>{tx(dataUi.checks)}</dt>
        <dd data-testid="count-total">{state?.total ?? '…'}</dd>
        <dt>{tx(dataUi.unexported)}</dt>
        <dd data-testid="count-unexported">{state?.unexported ?? '…'}</dd>
        <dt>{tx(dataUi.lastExport)}</dt>
        <dd>{state?.lastExportAt ? date(state.lastExportAt) : tx(dataUi.never)}</dd>
      </dl>
      <DeviceName />
      <h2>{tx(dataUi.exportTitle)}</h2>
      <div class="row">
        <button type="button" class="btn btn--primary" onClick={() => void backUp()}>
          {tx(dataUi.exportJson)}
        </button>
        <button type="button" class="btn" onClick={() => void run(() => exportCsv())}>
          {tx(dataUi.exportCsv)}
        </button>
      </div>
      <p class="hint">
        {tx(dataUi.exportJsonHint)} {tx(dataUi.exportLimit, { max })} {tx(dataUi.exportCsvHint)}
      </p>
      <label class="option">
        <input
          type="checkbox"
          checked={encrypt}
          onChange={(e) => setEncrypt(e.currentTarget.checked)}
        />
        <span>{tx(dataUi.encrypt)}</span>
      </label>
      {encrypt && (
        <div>
          <p class="hint">{tx(dataUi.encryptHint)}</p>
          {[tx(dataUi.passphrase, { min: MIN_PASSPHRASE }), tx(dataUi.passphraseAgain)].map(
            (label, i) => (
              <Fragment key={i}>
                <label for={`backup-pass-${i}`}>{label}</label>
                <input
                  id={`backup-pass-${i}`}
                  type="password"
                  autocomplete="new-password"
                  value={pass[i]}
                  onInput={(e) => {
                    const next = [...pass];
                    next[i] = e.currentTarget.value;
                    setPass(next);
                  }}
                />
              </Fragment>
            ),
          )}
        </div>
      )}
      <h3>{tx(dataUi.analystTitle)}</h3>
      <div class="row">
        <button type="button" class="btn" onClick={() => void run(() => analyst('csv'))}>
          {tx(dataUi.exportLongCsv)}
        </button>
        <button type="button" class="btn" onClick={() => void run(() => analyst('parquet'))}>
          {tx(dataUi.exportParquet)}
        </button>
      </div>
      <p class="hint">{tx(dataUi.exportLongHint)}</p>
      <p role="status">{message}</p>
      <ImportBox onImported={refresh} />
      <p>
        <a class="btn" href={href({ name: 'programme' })}>
          {tx(dataUi.programme)}
        </a>
      </p>
      <h2>{tx(dataUi.deleteTitle)}</h2>
      <p>{tx(dataUi.deleteHint)}</p>
      <button
        type="button"
        class="btn btn--danger"
        onClick={() => setConfirmDelete(true)}
        disabled={!state?.total}
      >
        {tx(dataUi.deleteButton)}
      </button>
      {confirmDelete && state && (
        <ConfirmDialog
          title={tx(dataUi.deleteConfirmTitle)}
          text={tx(dataUi.deleteConfirmText, { n: state.total, u: state.unexported })}
          confirm={tx(dataUi.deleteConfirm)}
          cancel={tx(dataUi.importCancel)}
          onCancel={() => setConfirmDelete(false)}
          onConfirm={async () => {
            await deleteAllChecks();
            setConfirmDelete(false);
            setMessage(tx(dataUi.deleted));
            refresh();
          }}
        />
      )}
    </section>
  );
}
