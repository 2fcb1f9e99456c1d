import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { href, navigate } from '../../app/router';
import { contactUi } from '../../content/ui-contact';
import { getNetworkProfile } from '../../storage/network';
import { catalog } from '../../content/catalog';
import { eventUi } from '../../content/ui-event';
import { createEvent, getEvent, updateEvent, type EventInput } from '../../storage/events';
import { DAY_RANGE, EVENT, realDay } from '../../storage/schema/fields';
import type { EventRecord, NetworkContact } from '../../storage/types';
import { Heading } from '../../ui/Heading';

const today = () => new Date().toISOString().slice(0, 10);
const EVENT_INSTRUMENTS = ['kmu-kurz', 'kmu'] as const;

/** Create or edit an event: name, date, questionnaire, PIN, idle timeout, partial checks, consent line. */
export function EventForm({ id }: { id?: string }) {
  const { tx } = useI18n();
  const [old, setOld] = useState<EventRecord | null>(null);
  const [form, setForm] = useState<EventInput>({
    name: '',
    date: today(),
    instrumentId: 'kmu-kurz',
    pin: '',
    idleSeconds: 120,
    keepPartial: false,
    consent: '',
  });
  const [removePin, setRemovePin] = useState(false);
  const [profile, setProfile] = useState<NetworkContact | undefined>();
  const [error, setError] = useState('');

  useEffect(() => {
    void getNetworkProfile().then((p) => {
      setProfile(p ?? undefined);
      // a new event shows the network's contact by default
      if (p && !id) setForm((f) => ({ ...f, contact: p }));
    });
  }, [id]);

  useEffect(() => {
    if (!id) return;
    void getEvent(id).then((e) => {
      if (!e) return;
      setOld(e);
      setForm({ ...e, pin: '', consent: e.consent ?? '' });
    });
  }, [id]);

  const set = <K extends keyof EventInput>(k: K, v: EventInput[K]) =>
    setForm((f) => ({ ...f, [k]: v }));

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!form.name.trim()) return setError(tx(eventUi.nameMissing));
    // the import refuses an event without a real day: the app never writes one
    if (!realDay(form.date)) return setError(tx(eventUi.dateInvalid));
    if (form.pin && !/^\d{4,8}$/.test(form.pin)) return setError(tx(eventUi.pinInvalid));
    const saved = id ? await updateEvent(id, form, removePin) : await createEvent(form);
    if (saved) navigate({ name: 'event', id: saved.id }, true);
  };

  return (
    <form class="event-form" onSubmit={submit} noValidate>
      <Heading>{tx(id ? eventUi.formEdit : eventUi.formNew)}</Heading>
      {error && (
        <p role="alert" class="notice notice--error">
          {error}
        </p>
      )}
      <label for="ev-name">{tx(eventUi.name)}</label>
      <input
        id="ev-name"
        type="text"
        required
        maxLength={EVENT.name}
        value={form.name}
        onInput={(e) => set('name', e.currentTarget.value)}
      />
      <label for="ev-date">{tx(eventUi.date)}</label>
      <input
        id="ev-date"
        type="date"
        min={DAY_RANGE.min}
        max={DAY_RANGE.max}
        value={form.date}
        onInput={(e) => set('date', e.currentTarget.value)}
      />
      <fieldset class="q choice">
        <legend>{tx(eventUi.instrument)}</legend>
        {EVENT_INSTRUMENTS.map((iid) => (
          <label class="option" key={iid}>
            <input
              type="radio"
              name="ev-instrument"
              checked={form.instrumentId === iid}
              onChange={() => set('instrumentId', iid)}
            />
            <span>
              {tx(catalog[iid].title)} ({catalog[iid].minutes} min)
            </span>
          </label>
        ))}
      </fieldset>
      <label for="ev-pin">{tx(eventUi.pin)}</label>
      <p class="hint" id="ev-pin-hint">
        {tx(eventUi.pinHint)} {old?.pinHash ? tx(eventUi.pinKeep) : ''}
      </p>
      <input
        id="ev-pin"
        type="password"
        inputMode="numeric"
        autocomplete="off"
        maxLength={8}
        aria-describedby="ev-pin-hint"
        value={form.pin}
        onInput={(e) => set('pin', e.currentTarget.value)}
      />
      {old?.pinHash && (
        <label class="option">
          <input
            type="checkbox"
            checked={removePin}
            onChange={(e) => setRemovePin(e.currentTarget.checked)}
          />
          <span>{tx(eventUi.pinRemove)}</span>
        </label>
      )}
      <label for="ev-idle">{tx(eventUi.idle)}</label>
      <p class="hint" id="ev-idle-hint">
        {tx(eventUi.idleHint)}
      </p>
      <input
        id="ev-idle"
        type="number"
        min={EVENT.idleSeconds.min}
        max={EVENT.idleSeconds.max}
        step={1}
        aria-describedby="ev-idle-hint"
        value={form.idleSeconds}
        onInput={(e) => set('idleSeconds', Number(e.currentTarget.value) || 120)}
      />
      <fieldset class="q choice">
        <legend>{tx(eventUi.partial)}</legend>
        <label class="option">
          <input
            type="radio"
            name="ev-partial"
            checked={form.keepPartial}
            onChange={() => set('keepPartial', true)}
          />
          <span>{tx(eventUi.partialKeep)}</span>
        </label>
        <label class="option">
          <input
            type="radio"
            name="ev-partial"
            checked={!form.keepPartial}
            onChange={() => set('keepPartial', false)}
          />
          <span>{tx(eventUi.partialDiscard)}</span>
        </label>
      </fieldset>
      <fieldset class="q choice">
        <legend>{tx(eventUi.privacy)}</legend>
        {(['anonym', 'feedback'] as const).map((mode) => (
          <label class="option" key={mode}>
            <input
              type="radio"
              name="ev-privacy"
              checked={(form.privacy ?? 'anonym') === mode}
              onChange={() => set('privacy', mode)}
            />
            <span>{tx(mode === 'anonym' ? eventUi.privacyAnonym : eventUi.privacyFeedback)}</span>
          </label>
        ))}
      </fieldset>
      <label class="option">
        <input
          type="checkbox"
          checked={!!form.testRun}
          onChange={(e) => set('testRun', e.currentTarget.checked)}
        />
        <span>{tx(eventUi.testRun)}</span>
      </label>
      <label for="ev-consent">{tx(eventUi.consent)}</label>
      <p class="hint" id="ev-consent-hint">
        {tx(eventUi.consentHint)}
      </p>
      <textarea
        id="ev-consent"
        rows={2}
        maxLength={EVENT.consent}
        aria-describedby="ev-consent-hint"
        value={form.consent}
        onInput={(e) => set('consent', e.currentTarget.value)}
      />
      <label class="option">
        <input
          type="checkbox"
          checked={!!form.contact}
          disabled={!profile && !form.contact}
          aria-describedby={profile ? undefined : 'ev-contact-hint'}
          onChange={(e) => set('contact', e.currentTarget.checked ? profile : undefined)}
        />
        <span>{tx(contactUi.useInEvent)}</span>
      </label>
      {!profile && (
        <p class="hint" id="ev-contact-hint">
          {tx(contactUi.noProfile)} <a href={href({ name: 'network' })}>{tx(contactUi.open)}</a>
        </p>
      )}
      <div class="actions">
        <button type="button" class="btn" onClick={() => history.back()}>
          {tx(eventUi.cancel)}
        </button>
        <button type="submit" class="btn btn--primary">
          {tx(eventUi.save)}
        </button>
      </div>
    </form>
  );
}
