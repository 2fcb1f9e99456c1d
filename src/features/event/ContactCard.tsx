import './contact.css';
import { useI18n } from '../../app/i18n';
import { useKioskMode } from '../../app/kiosk-mode';
import { contactUi } from '../../content/ui-contact';
import type { NetworkContact } from '../../storage/types';

/** "Ihre Ansprechperson": the network's contact person, with links to call, write or visit. */
export function ContactCard({ contact }: { contact: NetworkContact }) {
  const { tx } = useI18n();
  // in event mode a link to the website would open a new tab: a way out of the event screen
  const webAsText = !!useKioskMode().kiosk;
  const web =
    contact.web && (/^https?:\/\//.test(contact.web) ? contact.web : `https://${contact.web}`);
  return (
    <aside class="card contact" aria-labelledby="contact-h">
      <h2 id="contact-h">{tx(contactUi.yours)}</h2>
      <p>
        {contact.person && <strong>{contact.person}</strong>}
        {contact.person && contact.network && <br />}
        {contact.network}
      </p>
      <ul class="contact__ways">
        {contact.phone && (
          <li>
            {tx(contactUi.phone)}:{' '}
            <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
          </li>
        )}
        {contact.email && (
          <li>
            {tx(contactUi.email)}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </li>
        )}
        {web && (
          <li>
            {tx(contactUi.web)}:{' '}
            {webAsText ? (
              contact.web
            ) : (
              <a href={web} rel="noopener noreferrer" target="_blank">
                {contact.web}
              </a>
            )}
          </li>
        )}
      </ul>
      {contact.dates && (
        <p>
          <strong>{tx(contactUi.dates)}:</strong> {contact.dates}
        </p>
      )}
    </aside>
  );
}
