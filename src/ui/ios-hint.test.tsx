// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IosHint } from './IosHint';

const UA = {
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
  android:
    'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36',
};

function setup(ua: string, standalone: boolean) {
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(ua);
  window.matchMedia = ((q: string) => ({
    matches: standalone && q.includes('standalone'),
  })) as unknown as typeof window.matchMedia;
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('iOS hint before the first check', () => {
  it('explains the home screen and the 7-day deletion in Safari on an iPhone', () => {
    setup(UA.iphone, false);
    render(<IosHint />);
    expect(screen.getByRole('complementary', { name: 'Hinweis für iPhone und iPad' })).toBeTruthy();
    expect(screen.getByText(/sieben Tage/)).toBeTruthy();
    expect(screen.getByText(/Zum Home-Bildschirm/)).toBeTruthy();
  });

  it.each([
    ['installed on the iPhone', UA.iphone, true],
    ['on Android', UA.android, false],
  ])('stays away %s', (_, ua, standalone) => {
    setup(ua, standalone);
    const { container } = render(<IosHint />);
    expect(container.textContent).toBe('');
  });
});
