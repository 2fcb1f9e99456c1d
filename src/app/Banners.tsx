// first screen: keep small
import { useEffect, useState } from 'preact/hooks';
import { getStorageStatus, onStorageStatus, type StorageStatus } from '../storage/status';
import { useI18n } from './i18n';

/** Tells plainly when answers are not being saved, or are waiting to be saved. */
export function StorageBanner() {
  const { t } = useI18n();
  const [status, setStatus] = useState<StorageStatus>(getStorageStatus);
  useEffect(() => onStorageStatus(setStatus), []);
  const message =
    status.problem === 'write-failed'
      ? t('storage.writeFailed', { n: status.unsaved })
      : status.problem === 'blocked'
        ? t('storage.blocked')
        : status.problem === 'versionchange'
          ? t('storage.versionchange')
          : status.mode === 'memory'
            ? t('storage.memory')
            : null;
  if (!message) return null;
  return (
    <div role="alert" class="notice notice--error banner">
      <p>{message}</p>
      {status.problem === 'versionchange' && (
        <button type="button" class="btn" onClick={() => location.reload()}>
          {t('reload')}
        </button>
      )}
    </div>
  );
}

/** Offers a waiting update; shown only where no questionnaire is running. */
export function UpdateBanner({ onApply, onLater }: { onApply: () => void; onLater: () => void }) {
  const { t } = useI18n();
  return (
    <div role="status" class="notice banner update">
      <p>
        <strong>{t('pwa.update')}</strong> {t('pwa.updateNote')}
      </p>
      <div class="row">
        <button type="button" class="btn btn--primary" onClick={onApply}>
          {t('pwa.updateApply')}
        </button>
        <button type="button" class="btn" onClick={onLater}>
          {t('pwa.updateLater')}
        </button>
      </div>
    </div>
  );
}

/** A short notice that disappears by itself. */
export function Toast({ text, onDone }: { text: string; onDone: () => void }) {
  useEffect(() => {
    const id = setTimeout(onDone, 6000);
    return () => clearTimeout(id);
  }, [onDone]);
  return (
    <div role="status" class="toast">
      {text}
    </div>
  );
}
