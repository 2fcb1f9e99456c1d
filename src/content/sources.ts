import type { Source, SourceId } from './schema';

/** Bibliographic data of the five studies the app cites. */
export const sources: Record<SourceId, Source> = {
  iaw2017: {
    id: 'iaw2017',
    short: 'IAW / DIHK Service 2017',
    authors: 'Andreas Koch, Franziska Deeg, Günther Klee, Jochen Späth (IAW Tübingen)',
    title:
      'KMU als Partner regionaler Fachkräftenetzwerke – Erfolgreiche Strategien aus der Praxis und Handlungsempfehlungen',
    publisher: 'DIHK Service GmbH, Innovationsbüro Fachkräfte für die Region, im Auftrag des BMAS',
    year: '2017',
  },
  atb: {
    id: 'atb',
    short: 'Uhlmann / Heim (ATB)',
    authors: 'Michael Uhlmann, Yvonne Heim',
    title:
      'Erfahrungsbericht und Ergebnisse aus der Netzwerkarbeit – Reflexion der Erfahrungen aus der Begleitung sächsischer Fachkräftenetzwerke',
    publisher: 'ATB Arbeit, Technik und Bildung GmbH',
    year: 'o. J. (nach 2008)',
  },
  kompetenznetze: {
    id: 'kompetenznetze',
    short: 'Kompetenznetze Deutschland',
    authors: 'Initiative Kompetenznetze Deutschland',
    title: 'Erfolgselement Netzwerkservice',
    publisher: 'Initiative Kompetenznetze Deutschland (BMWi)',
    year: 'o. J. (um 2009)',
  },
  workshop2009: {
    id: 'workshop2009',
    short: 'Workshop Netzwerkarbeit 2009',
    authors: 'Dominique Dauser, Forschungsinstitut Betriebliche Bildung (f-bb)',
    title: 'Dokumentation zum Workshop „Netzwerkarbeit“ am 10.03.2009 in Nürnberg',
    publisher: 'f-bb gGmbH',
    year: '2009',
  },
  jobstarter: {
    id: 'jobstarter',
    short: 'JOBSTARTER 2007',
    authors: 'JOBSTARTER-Werkstattgespräch, Göttingen, 30. Januar 2007',
    title: 'Netzwerkarbeit zur Förderung von betrieblichen Ausbildungsstrukturen',
    publisher: 'JOBSTARTER (BMBF, ESF)',
    year: '2007',
  },
};
