import { useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { planUi } from '../../content/ui-plan';
import { DAY_RANGE, PLAN_ENTRY } from '../../storage/schema/fields';
import type { PlanFields } from '../../storage/sessions';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

const EMPTY: PlanFields = { who: '', due: '', note: '' };

/** "Das packe ich an" for one recommendation; once ticked: who, by when and a note. */
export function PlanToggle({
  id,
  title,
  fields,
  onChange,
  onDone,
}: {
  id: string;
  title: string;
  fields: PlanFields | undefined;
  onChange: (fields: PlanFields | null, typing?: boolean) => void;
  onDone: () => void;
}) {
  const { tx } = useI18n();
  const [asking, setAsking] = useState(false);
  const input = (name: keyof PlanFields, type: string) => {
    const Tag = type === 'textarea' ? 'textarea' : 'input';
    return (
      <>
        <label for={`${id}-${name}`}>{tx(planUi[name])}</label>
        <Tag
          id={`${id}-${name}`}
          type={Tag === 'input' ? type : undefined}
          {...(name === 'due' ? DAY_RANGE : { maxLength: PLAN_ENTRY[name] })}
          value={fields?.[name]}
          onInput={(e) =>
            onChange({ ...EMPTY, ...fields, [name]: e.currentTarget.value }, name !== 'due')
          }
          onBlur={onDone}
        />
      </>
    );
  };
  return (
    <div class="plan no-print">
      <label class="option">
        <input
          type="checkbox"
          checked={!!fields}
          onChange={(e) => {
            if (e.currentTarget.checked) onChange(EMPTY);
            else if (fields && (fields.who || fields.due || fields.note)) {
              e.currentTarget.checked = true;
              setAsking(true);
            } else onChange(null);
          }}
        />
        {tx(planUi.toggle)}
        <span class="visually-hidden">: {title}</span>
      </label>
      {fields && (
        <div class="plan__fields" role="group" aria-label={title}>
          {input('who', 'text')}
          {input('due', 'date')}
          {input('note', 'textarea')}
        </div>
      )}
      {asking && (
        <ConfirmDialog
          title={tx(planUi.removeTitle)}
          text={tx(planUi.removeText, { title })}
          confirm={tx(planUi.remove)}
          cancel={tx(planUi.keep)}
          onConfirm={() => {
            setAsking(false);
            onChange(null);
          }}
          onCancel={() => setAsking(false)}
        />
      )}
    </div>
  );
}
