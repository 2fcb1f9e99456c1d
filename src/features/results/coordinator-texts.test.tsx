// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { dimensions } from '../../content/dimensions';
import type { SessionRecord } from '../../storage/types';
import { Barriers } from './Barriers';
import { LabelForm } from './LabelForm';

afterEach(cleanup);

const session = { id: 's1', label: '' } as unknown as SessionRecord;
const none = { hits: [], triages: [], items: new Map(), dimensions, compact: false };

describe('the Netzwerk-Check result speaks to the coordinator, not to a firm', () => {
  it('does not say a network ticked no barrier (it has no barrier question)', () => {
    render(<Barriers {...none} coordinator />);
    expect(
      screen.getByRole('heading', { name: 'Was KMU in Ihrem Netzwerk bremsen kann' }),
    ).toBeTruthy();
    expect(screen.getByText('Kein Bereich zeigt Handlungsbedarf.')).toBeTruthy();
    expect(screen.queryByText(/keine Hürde angekreuzt/)).toBeNull();
  });

  it('keeps the firm’s wording in the KMU-Check', () => {
    render(<Barriers {...none} />);
    expect(screen.getByRole('heading', { name: 'Was Sie bremst' })).toBeTruthy();
    expect(screen.getByText(/Sie haben keine Hürde angekreuzt/)).toBeTruthy();
  });

  it('suggests the network’s name, not the firm’s, as the check’s name', () => {
    render(<LabelForm session={session} coordinator onSaved={() => {}} />);
    expect(screen.getByText(/z\. B\. der Name Ihres Netzwerks/)).toBeTruthy();
    expect(screen.queryByText(/Name Ihres Betriebs/)).toBeNull();
  });
});
