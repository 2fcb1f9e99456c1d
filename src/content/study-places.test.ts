import { describe, expect, it } from 'vitest';
import { allCitations, content } from './index';
import { studyPlace, studyPlaces } from './study-places';

describe('references a reader can find in the studies', () => {
  it('names the chapter and sub-heading instead of the app’s own numbers', () => {
    expect(studyPlace('R6')).toBe('Kap. 4.1, „Gute Netzwerkarbeit benötigt Zeit“');
    expect(studyPlace('R12')).toBe(
      'Kap. 4.1, „Die Inhalte müssen für KMU attraktiv, aktuell und anwendbar sein“',
    );
    expect(studyPlace('R29')).toBe(
      'Kap. 4.1, „Die Ansprache von KMU muss adressatengerecht erfolgen“',
    );
    expect(studyPlace('R37')).toBe(
      'Kap. 4.1, „Netzwerke und Netzwerkpartner müssen sichtbar sein“',
    );
    expect(studyPlace('P1')).toBe('Kap. 4.2, Einleitung');
    expect(studyPlace('P9')).toBe(
      'Kap. 4.2, „Formate professionell weiterentwickeln und Vielfalt der Inhalte stärken“',
    );
    expect(studyPlace('P11')).toBe(
      'Kap. 4.2, „Regional agieren und überregional voneinander lernen“',
    );
    expect(studyPlace('JS-II.3')).toBe(
      'Phase II: Umsetzung der Netzwerkarbeit, Zeile „An der Verfestigung der Strukturen arbeiten“',
    );
    expect(() => studyPlace('R38')).toThrow();
    expect(studyPlaces(['R29', 'R30'])).toBe(
      'IAW / DIHK Service 2017, Kap. 4.1, „Die Ansprache von KMU muss adressatengerecht erfolgen“',
    );
  });

  it('cites every phase indicator by its row of the phase table, not just the phase', () => {
    for (const { owner, citation } of allCitations())
      if (citation.source === 'jobstarter')
        expect(citation.section, owner).toMatch(/, Zeile „.+“$|^Tabelle, „Beachten“$/);
  });

  it('gives every recommendation a findable place', () => {
    for (const r of content.recommendations)
      if (r.derivedFrom) expect(studyPlaces(r.derivedFrom), r.id).toMatch(/Kap\. 4|Phase I/);
  });

  it('shows no internal number (R12, P4, JS-I.1) in a citation or a German text', () => {
    const internal = /\b(R|P)\d{1,2}\b|JS-I/;
    for (const { owner, citation } of allCitations())
      expect(internal.test(citation.section), `${owner}: ${citation.section}`).toBe(false);
    const texts = JSON.stringify(content, (k, v) =>
      k === 'derivedFrom' || k === 'id' ? undefined : v,
    );
    const de = [...texts.matchAll(/"de":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? '');
    expect(de.filter((d) => internal.test(d))).toEqual([]);
  });
});
