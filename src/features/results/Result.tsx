import type { ComponentChildren } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { href } from '../../app/router';
import { dimensions } from '../../content/dimensions';
import { fundingEndsSoon } from '../../content/netzwerk/meta';
import { NetworkExtras } from './NetworkExtras';
import { PhaseSection } from './PhaseSection';
import { evaluateCheck } from '../../domain/evaluate';
import { requestPersistence } from '../../storage/persist';
import { Heading } from '../../ui/Heading';
import { checkContent } from '../summary';
import { useCheck } from '../use-check';
import { Barriers } from './Barriers';
import { ExportOne } from './ExportOne';
import { Handover } from '../handover/Handover';
import { ContactCard } from '../event/ContactCard';
import { useContact } from '../event/use-contact';
import { Figures } from './Figures';
import { itemIndex } from './describe';
import { LabelForm } from './LabelForm';
import { Profile } from './Profile';
import { Recommendations } from './Recommendations';

/** The result of one check: profile, barriers, recommendations with sources, study figures. */
export function Result({
  id,
  kiosk,
}: {
  id: string;
  kiosk?: { onDone: () => void; compact: boolean; extra?: ComponentChildren };
}) {
  const { t, tx, date } = useI18n();
  const [state, setState] = useCheck(id, !!kiosk);
  const contact = useContact(state && typeof state === 'object' ? state.session : undefined);
  const completed = state && typeof state === 'object' && !!state.session.completedAt;
  useEffect(() => {
    if (completed) void requestPersistence();
  }, [completed]);
  useEffect(() => {
    // "Warum?" and sources belong on paper too
    const open = () => document.querySelectorAll('details').forEach((d) => (d.open = true));
    addEventListener('beforeprint', open);
    return () => removeEventListener('beforeprint', open);
  }, []);

  const result = useMemo(() => {
    if (!state || typeof state === 'string') return null;
    const { instrument, answers } = state;
    return evaluateCheck(
      instrument,
      checkContent,
      answers,
      kiosk?.compact ? 3 : 7,
      fundingEndsSoon(answers),
    );
  }, [state]);
  const items = useMemo(
    () => (state && typeof state === 'object' ? itemIndex(state.instrument) : new Map()),
    [state],
  );

  if (state === null) return <p class="loading">{t('loading')}</p>;
  if (state === 'private') return <p class="notice">{t('q.private')}</p>;
  if (state === 'missing' || !result) return <p role="alert">{t('q.notFound')}</p>;
  const { session, instrument } = state;
  const meta = t('r.meta', {
    instrument: tx(instrument.title),
    version: session.instrumentVersion,
    date: date(session.completedAt ?? session.updatedAt),
  });

  return (
    <article class="result">
      <Heading>{t('r.title')}</Heading>
      <p class="muted">{meta}</p>
      {!session.completedAt && !kiosk && (
        <p class="notice">
          {t('r.notDone')}{' '}
          <a href={href({ name: 'check', id, page: session.position })}>{t('r.continue')}</a>
        </p>
      )}
      <Profile scores={result.scores} dimensions={dimensions} />
      {result.diagnosis && <PhaseSection diagnosis={result.diagnosis} />}
      <Barriers
        compact={!!kiosk?.compact}
        hits={result.barriers}
        triages={result.triages}
        items={items}
        dimensions={dimensions}
        coordinator={instrument.role === 'coordinator'}
      />
      <Recommendations
        hits={result.recommendations}
        items={items}
        dimensions={dimensions}
        session={session}
        meta={meta}
        planning={!kiosk}
      />
      {result.diagnosis ? (
        <NetworkExtras scores={result.scores} />
      ) : (
        <Figures hits={result.barriers} />
      )}
      {contact && <ContactCard contact={contact} />}
      {kiosk ? (
        <div class="no-print">
          {kiosk.extra}
          <p class="muted">{t('r.kioskDoneHint')}</p>
          <div class="actions">
            <button type="button" class="btn" onClick={() => print()}>
              {t('r.print')}
            </button>
            <button type="button" class="btn btn--primary btn--large" onClick={kiosk.onDone}>
              {t('r.kioskDone')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <LabelForm
            session={session}
            coordinator={instrument.role === 'coordinator'}
            onSaved={(s) => setState({ ...state, session: s })}
          />
          <div class="actions no-print">
            <a class="btn" href={href({ name: 'check', id, page: 0 })}>
              {t('r.edit')}
            </a>
            <a class="btn" href={href({ name: 'start' })}>
              {t('r.newCheck')}
            </a>
            <ExportOne id={id} />
            <button type="button" class="btn btn--primary" onClick={() => print()}>
              {t('r.print')}
            </button>
          </div>
          <Handover
            session={session}
            instrument={instrument}
            answers={state.answers}
            contact={contact}
          />
        </>
      )}
    </article>
  );
}
