import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';
import { contactUi } from '../../content/ui-contact';
import { getNetworkProfile, saveNetworkProfile } from '../../storage/network';
import { CONTACT } from '../../storage/schema/fields';
import type { NetworkContact } from '../../storage/types';
import { Heading } from '../../ui/Heading';
import { ContactCard } from './ContactCard';

const FIELDS = [
  ['network', 'text', 'organization'],
  ['person', 'text', 'name'],
  ['phone', 'tel', 'tel'],
  ['email', 'email', 'email'],
  ['web', 'url', 'url'],
] as const;

/** The coordinator's network profile: name, contact person, phone, e-mail, website, next dates. */
export function NetworkProfile() {
  const { tx } = useI18n();
  const [form, setForm] = useState<Partial<NetworkContact>>({});
  const [saved, setSaved] = useState<NetworkContact | undefined>();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => {
    void getNetworkProfile().then((p) => {
      if (p) {
        setForm(p);
        setSaved(p);
      }
    });
  }, []);
  const submit = async (e: Event) => {
    e.preventDefault();
    const empty = Object.values(form).every((v) => !v?.trim());
    if (!empty && !form.network?.trim() && !form.person?.trim())
      return setMessage({ text: tx(contactUi.missing), error: true });
    if (form.email?.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim()))
      return setMessage({ text: tx(contactUi.emailInvalid), error: true });
    const clean = await saveNetworkProfile(form);
    setSaved(clean);
    setMessage({ text: tx(clean ? contactUi.saved : contactUi.removed), error: false });
  };
  return (
    <form class="event-form" onSubmit={submit} noValidate>
      <Heading>{tx(contactUi.title)}</Heading>
      <p>{tx(contactUi.intro)}</p>
      {FIELDS.map(([key, type, auto]) => (
        <p key={key}>
          <label for={`np-${key}`}>
            {tx(contactUi[key])}
            {key !== 'network' && key !== 'person' && <> {tx(contactUi.optional)}</>}
          </label>
          <input
            id={`np-${key}`}
            type={type}
            autoComplete={auto}
            maxLength={CONTACT[key]}
            value={form[key] ?? ''}
            onInput={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
          />
        </p>
      ))}
      <p>
        <label for="np-dates">
          {tx(contactUi.dates)} {tx(contactUi.optional)}
        </label>
        <textarea
          id="np-dates"
          rows={3}
          maxLength={CONTACT.dates}
          aria-describedby="np-dates-hint"
          value={form.dates ?? ''}
          onInput={(e) => setForm({ ...form, dates: e.currentTarget.value })}
        />
        <span id="np-dates-hint" class="muted">
          {tx(contactUi.datesHint)}
        </span>
      </p>
      {message?.error && (
        <p role="alert" class="notice notice--error">
          {message.text}
        </p>
      )}
      <p role="status" class="muted">
        {message && !message.error ? message.text : ''}
      </p>
      <button type="submit" class="btn btn--primary">
        {tx(contactUi.save)}
      </button>
      {saved && <ContactCard contact={saved} />}
    </form>
  );
}
