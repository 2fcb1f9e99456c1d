import { useI18n } from '../../app/i18n';
import { dashUi } from '../../content/ui-dashboard';
import { clampMinGroup } from '../../domain/aggregate';

/** The field for the minimum group size, with why it is there. */
export function MinGroup({ value, onChange }: { value: number; onChange: (n: number) => void }) {
  const { tx } = useI18n();
  return (
    <p>
      <label for="dash-min">{tx(dashUi.minGroup)}</label>
      <input
        id="dash-min"
        type="number"
        inputMode="numeric"
        min={3}
        max={50}
        value={value}
        aria-describedby="dash-min-hint"
        onChange={(e) => onChange(clampMinGroup(Number(e.currentTarget.value)))}
      />
      <span id="dash-min-hint" class="muted">
        {tx(dashUi.minGroupHint)}
      </span>
    </p>
  );
}
