import { useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { SESSION } from '../../storage/schema/fields';
import { setLabel } from '../../storage/sessions';
import type { SessionRecord } from '../../storage/types';

/** Lets the person name a check (firm name) so later checks can be compared with it. */
export function LabelForm({
  session,
  onSaved,
  coordinator = false,
}: {
  session: SessionRecord;
  onSaved: (s: SessionRecord) => void;
  /** A network's check: the example name is the network's, not a firm's. */
  coordinator?: boolean;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState(session.label ?? '');
  const [saved, setSaved] = useState(false);
  return (
    <form
      class="label-form no-print"
      onSubmit={(e) => {
        e.preventDefault();
        void setLabel(session.id, value).then((s) => {
          setSaved(true);
          if (s) onSaved(s);
        });
      }}
    >
      <label for="check-label">{t('r.labelHeading')}</label>
      <p class="hint" id="check-label-hint">
        {t(coordinator ? 'r.labelHintCoord' : 'r.labelHint')}
      </p>
      <div class="row">
        <input
          id="check-label"
          type="text"
          maxLength={SESSION.label}
          autocomplete="organization"
          aria-describedby="check-label-hint"
          value={value}
          onInput={(e) => {
            setValue(e.currentTarget.value);
            setSaved(false);
          }}
        />
        <button type="submit" class="btn">
          {t('r.labelSave')}
        </button>
      </div>
      <p role="status" class="muted">
        {saved ? t('r.labelSaved') : ''}
      </p>
    </form>
  );
}
