import './handover.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { href } from '../../app/router';
import { eventUi } from '../../content/ui-event';
import { handoverUi } from '../../content/ui-handover';
import { getEvent } from '../../storage/events';
import type { EventRecord } from '../../storage/types';
import { Heading } from '../../ui/Heading';
import { openCamera, qrReader, type CameraProblem } from './camera';
import { collectCode, type Collected } from './collect';

const MESSAGE = {
  foreign: handoverUi.foreign,
  damaged: handoverUi.damaged,
  'newer-format': handoverUi.newerFormat,
  'unknown-instrument': handoverUi.unknownInstrument,
  invalid: handoverUi.invalid,
} as const;

/** "Ergebnisse einsammeln": the camera reads participants' codes and stores each check at once. */
export function Collect({ id }: { id: string }) {
  const { t, tx } = useI18n();
  const [event, setEvent] = useState<EventRecord | null | 'missing'>(null);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const [count, setCount] = useState(0);
  const [last, setLast] = useState<{ text: string; tone: 'ok' | 'info' | 'error' } | null>(null);
  const video = useRef<HTMLVideoElement>(null);

  useEffect(() => void getEvent(id).then((e) => setEvent(e ?? 'missing')), [id]);

  useEffect(() => {
    if (!running) return;
    let live = true;
    let stream: MediaStream | null = null;
    let handled = '';
    void (async () => {
      const opened = await openCamera();
      if (!live) return;
      if (typeof opened === 'string') {
        setProblem(opened);
        setRunning(false);
        return;
      }
      stream = opened;
      const el = video.current;
      if (!el) return;
      el.srcObject = stream;
      await el.play().catch(() => {});
      const read = await qrReader();
      while (live) {
        const text = await read(el).catch(() => null);
        // the same code stays in view for a while: handle it once
        if (text && text !== handled) {
          handled = text;
          const result: Collected | null = await collectCode(text, id).catch(() => null);
          if (!live) break;
          if (!result) {
            // storage failed (full disk, closed database): say so; the same code may be tried again
            handled = '';
            setLast({ text: tx(handoverUi.saveFailed), tone: 'error' });
            await new Promise((ok) => setTimeout(ok, 2000));
          } else if ('status' in result && result.status === 'stored') {
            setCount((n) => n + 1);
            setLast({ text: tx(handoverUi.stored), tone: 'ok' });
            navigator.vibrate?.(80);
          } else if ('status' in result) setLast({ text: tx(handoverUi.known), tone: 'info' });
          else setLast({ text: tx(MESSAGE[result.problem]), tone: 'error' });
        }
        await new Promise((ok) => setTimeout(ok, 150));
      }
    })();
    return () => {
      live = false;
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [running, id, tx]);

  if (event === null) return <p class="loading">{t('loading')}</p>;
  if (event === 'missing') return <p role="alert">{tx(eventUi.notFound)}</p>;
  return (
    <section class="collect">
      <Heading>{tx(handoverUi.collect)}</Heading>
      <p class="muted">{event.name}</p>
      <p>{tx(handoverUi.collectIntro)}</p>
      <p class="collect__count" role="status" aria-live="polite">
        {tx(handoverUi.count, { n: count })}
        {last && <span class={`collect__last collect__last--${last.tone}`}> – {last.text}</span>}
      </p>
      {problem && (
        <div class="notice notice--error" role="alert">
          <p>{tx(problem === 'denied' ? handoverUi.denied : handoverUi.noCamera)}</p>
          <p>{tx(handoverUi.fallback)}</p>
          <a class="btn btn--primary" href={href({ name: 'data' })}>
            {tx(handoverUi.toImport)}
          </a>
        </div>
      )}
      {running && (
        <video
          ref={video}
          class="collect__video"
          muted
          playsInline
          aria-label={tx(handoverUi.video)}
        />
      )}
      <div class="actions">
        <a class="btn" href={href({ name: 'event', id })}>
          {tx(handoverUi.back)}
        </a>
        <button
          type="button"
          class={running ? 'btn' : 'btn btn--primary'}
          onClick={() => {
            setProblem(null);
            setRunning(!running);
          }}
        >
          {tx(running ? handoverUi.stop : handoverUi.start)}
        </button>
      </div>
    </section>
  );
}
