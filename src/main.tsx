// first screen: keep small
import { hydrate, render } from 'preact';
import { App } from './app/App';
import { loadEnglish, wantsEnglish } from './app/i18n';
// answers and plan steps register their write-ahead notes as these load
import './storage/answers';
import './storage/sessions';
import { replayWrites } from './storage/write-ahead';
import './ui/base.css';

void replayWrites();
const root = document.getElementById('app') as HTMLElement;
const hidden = document.documentElement.classList.contains('pre-off');
const start = () => {
  document.documentElement.classList.remove('pre-off');
  // the start screen's markup from the build, shown at first paint: taken over as it is, so no
  // node is painted again (the head script hid it, "pre-off", where something else comes first)
  const prerendered = root.hasAttribute('data-prerendered');
  root.removeAttribute('data-prerendered');
  // a link followed before this ran leaves the start screen: drawn afresh, not taken over
  const moved = !['', '#', '#/'].includes(location.hash);
  if (prerendered && !hidden && !moved) {
    hydrate(<App />, root);
    // a button tapped before this ran (the head script noted its place): tapped now
    const tap = root.getAttribute('data-tap');
    root.removeAttribute('data-tap');
    if (tap !== null) root.querySelectorAll('button')[Number(tap)]?.click();
    return;
  }
  // the boot line goes before the first render: preact would keep and move it (a layout shift)
  root.textContent = '';
  render(<App />, root);
};
// English texts come from their own file: read it before the first paint (German if it fails)
if (wantsEnglish()) void loadEnglish().then(start);
else start();
