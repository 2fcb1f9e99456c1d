import { useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { exportJson } from '../data/actions';

/** Saves this one check as a re-importable file (share sheet on phones, download elsewhere). */
export function ExportOne({ id }: { id: string }) {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  return (
    <>
      <button
        type="button"
        class="btn"
        onClick={() =>
          void exportJson([id]).then(
            (r) => setMessage(r.delivery === 'cancelled' ? '' : t('r.exported', { file: r.name })),
            () => setMessage(t('r.exportFailed')),
          )
        }
      >
        {t('r.export')}
      </button>
      <p role="status" class="muted">
        {message}
      </p>
    </>
  );
}
