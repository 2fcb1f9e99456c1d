import { useI18n } from '../../app/i18n';
import { methodSections } from '../../content/method';
import { sources } from '../../content/sources';
import { methodNumbers } from '../../domain/method-numbers';
import { Heading } from '../../ui/Heading';

/** "Wie wird bewertet?": scoring, bands, barriers, advice selection, and the studies. */
/** When this version was built (the build id is its time), or NaN for another kind of id. */
const built = Date.parse(__BUILD_ID__);

export function Method() {
  const { t, tx, date, lang } = useI18n();
  // German writes 1,5
  const params = Object.fromEntries(
    Object.entries(methodNumbers).map(([k, v]) => [
      k,
      lang === 'de' ? `${v}`.replace('.', ',') : v,
    ]),
  );
  return (
    <article class="method">
      <Heading>{t('m.title')}</Heading>
      {methodSections.map((s, i) => (
        <section key={i}>
          <h2>{tx(s.title)}</h2>
          {s.paragraphs.map((p, j) => (
            <p key={j}>{tx(p, params)}</p>
          ))}
        </section>
      ))}
      <section>
        <h2>{t('m.sourcesTitle')}</h2>
        <ul class="biblio">
          {Object.values(sources).map((s) => (
            <li key={s.id} lang="de">
              {s.authors}: <cite>{s.title}</cite>. {s.publisher}, {s.year}.
            </li>
          ))}
        </ul>
      </section>
      <p class="muted">
        {Number.isFinite(built) ? (
          <time dateTime={__BUILD_ID__}>{t('m.built', { date: date(built) })}</time>
        ) : (
          t('m.build', { build: __BUILD_ID__ })
        )}
      </p>
    </article>
  );
}
