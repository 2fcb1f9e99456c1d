// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, expect, it } from 'vitest';
import { useRoute } from './App';

function Probe() {
  return <p>{useRoute().name}</p>;
}

afterEach(() => history.replaceState(null, '', '#/'));

it('takes an address change made before it listened (a test or a fast tap right at start)', async () => {
  history.replaceState(null, '', '#/');
  const root = document.createElement('div');
  // preact's render runs effects later, after paint: the address changes in between, with no event heard
  render(<Probe />, root);
  expect(root.textContent).toBe('start');
  history.replaceState(null, '', '#/data');
  await new Promise((r) => setTimeout(r, 150));
  expect(root.textContent).toBe('data');
  history.replaceState(null, '', '#/method');
  dispatchEvent(new HashChangeEvent('hashchange'));
  await new Promise((r) => setTimeout(r, 150));
  expect(root.textContent).toBe('method');
  render(null, root);
});
