import { useI18n } from '../app/i18n';
import { originUi } from '../content/ui-origin';

/** The mark of a Testlauf, beside a check's or an event's name. */
export function TestRunBadge() {
  const { tx } = useI18n();
  return <span class="badge">{tx(originUi.testRun)}</span>;
}
