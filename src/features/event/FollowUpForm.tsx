import { useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { eventUi } from '../../content/ui-event';
import { FOLLOW_UP } from '../../storage/schema/fields';
import { setFollowUp } from '../../storage/sessions';
import type { EventRecord } from '../../storage/types';

/** At an event "mit Rückmeldung": the visitor may leave name and contact, with their consent. */
export function FollowUpForm({ id, event }: { id: string; event: EventRecord }) {
  const { tx } = useI18n();
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [saved, setSaved] = useState(false);
  const consent = tx(eventUi.followConsent, {
    who: event.contact?.network || tx(eventUi.followWho),
  });
  const submit = async (e: Event) => {
    e.preventDefault();
    // the browser's own check (required fields) runs before this
    await setFollowUp(id, { name, contact, consent, at: Date.now() });
    setSaved(true);
  };
  return (
    <form class="card event-form no-print" onSubmit={submit}>
      <h2>{tx(eventUi.followTitle)}</h2>
      <label for="fu-name">{tx(eventUi.followName)}</label>
      <input
        id="fu-name"
        type="text"
        autoComplete="off"
        maxLength={FOLLOW_UP.name}
        required
        value={name}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      <label for="fu-contact">{tx(eventUi.followContact)}</label>
      <input
        id="fu-contact"
        type="text"
        autoComplete="off"
        maxLength={FOLLOW_UP.contact}
        required
        value={contact}
        onInput={(e) => setContact(e.currentTarget.value)}
      />
      <label class="option">
        <input
          type="checkbox"
          required
          checked={agreed}
          onChange={(e) => setAgreed(e.currentTarget.checked)}
        />
        <span>{consent}</span>
      </label>
      <p role="status" class="muted">
        {saved ? tx(eventUi.followSaved) : ''}
      </p>
      <div class="actions">
        <button type="submit" class="btn btn--primary">
          {tx(eventUi.followSave)}
        </button>
      </div>
    </form>
  );
}
