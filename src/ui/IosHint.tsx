// first screen: keep small
import { useI18n } from '../app/i18n';
import { isIos, isStandalone } from './platform';

/** In Safari on iOS (not installed): explains the home screen, the 7-day deletion and moving checks. */
export function IosHint() {
  const { t } = useI18n();
  if (!isIos() || isStandalone()) return null;
  return (
    <aside class="notice" aria-labelledby="ios-h">
      <h2 id="ios-h" class="notice__title">
        {t('ios.title')}
      </h2>
      <p>{t('ios.text')}</p>
    </aside>
  );
}
