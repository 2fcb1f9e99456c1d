// The yardstick for the start page's Lighthouse figures: preact painting a heading and a paragraph.
import { h, render } from 'preact';

render(
  h(
    'main',
    null,
    h('h1', null, 'Passt ein Fachkräftenetzwerk zu Ihrem Betrieb?'),
    h(
      'p',
      null,
      'Ein kurzer Check mit Empfehlungen aus Studien. Ihre Antworten bleiben auf diesem Gerät.',
    ),
  ),
  document.getElementById('app'),
);
