// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { dimensions } from '../../content/dimensions';
import { kmuRecommendations } from '../../content/recommendations-kmu';
import { Why } from './Why';

afterEach(cleanup);
const citations = kmuRecommendations[0]!.citations;

describe('“Warum?” under a step', () => {
  it('says “Ausgewählt, weil:” only with the answers that chose it', () => {
    render(
      <Why
        triggers={[{ kind: 'phase', phase: 'I' }]}
        citations={citations}
        items={new Map()}
        dimensions={dimensions}
      />,
    );
    expect(screen.getByText('Ausgewählt, weil:')).toBeTruthy();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(citations.length);
  });

  it('without any such answer it shows no empty “Ausgewählt, weil:”, only the sources', () => {
    render(<Why triggers={[]} citations={citations} items={new Map()} dimensions={dimensions} />);
    expect(screen.queryByText('Ausgewählt, weil:')).toBeNull();
    expect(screen.getByText(/Quellen/)).toBeTruthy();
  });
});
