// first screen: keep small
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from './i18n';

/** Renders a lazily imported screen, with a loading line and a plain message if loading fails. */
export function Lazy<P extends object>({
  load,
  props,
}: {
  load: () => Promise<ComponentType<P>>;
  props: P;
}) {
  const { t } = useI18n();
  const [Comp, setComp] = useState<{ c: ComponentType<P> } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    setComp(null);
    setFailed(false);
    load().then(
      (c) => live && setComp({ c }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (failed)
    return (
      <div role="alert" class="notice notice--error">
        <p>{t('loadFailed')}</p>
        <button type="button" class="btn" onClick={() => location.reload()}>
          {t('reload')}
        </button>
      </div>
    );
  if (!Comp)
    return (
      <p class="loading" aria-live="polite">
        {t('loading')}
      </p>
    );
  return <Comp.c {...props} />;
}
