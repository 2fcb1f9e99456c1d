import { describe, expect, it } from 'vitest';
import { loadEnglish, makeI18n } from './i18n';

describe('the language helpers', () => {
  it('speak German without loading anything, and English once its texts are read', async () => {
    const none = () => {};
    expect(makeI18n('de', none).t('nav.checks')).toBe('Meine Checks');
    expect(makeI18n('de', none).tx({ de: 'Weitermachen' })).toBe('Weitermachen');
    expect(await loadEnglish()).toBe(true);
    const en = makeI18n('en', none);
    expect(en.t('nav.checks')).toBe('My checks');
    expect(en.t('start.factTime', { minutes: 4, items: 18 })).toBe(
      'Takes about 4 minutes, 18 short questions',
    );
    expect(en.tx({ de: 'Weitermachen' })).toBe('Continue');
    // a text the catalogues do not know (a stored id shown as such) stays as it is
    expect(en.tx({ de: 'd9-9' })).toBe('d9-9');
  });
});
