// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Likert } from './Likert';
import { MultiChoice } from './Choice';
import { RadarChart } from './RadarChart';
import { DataTable } from './DataTable';

afterEach(cleanup);

const labels = {
  points: ['gar nicht', 'eher nicht', 'teils', 'eher', 'voll'] as [
    string,
    string,
    string,
    string,
    string,
  ],
  dontKnow: 'weiß nicht',
};

describe('Likert', () => {
  it('is a named radio group with five points and a separate "weiß nicht"', () => {
    const onChange = vi.fn();
    render(
      <Likert
        name="d1-1"
        legend="Wir haben Zeit."
        value={undefined}
        labels={labels}
        onChange={onChange}
      />,
    );
    const group = screen.getByRole('group', { name: 'Wir haben Zeit.' });
    expect(group).toBeTruthy();
    expect(screen.getAllByRole('radio')).toHaveLength(6);
    fireEvent.click(screen.getByRole('radio', { name: /eher nicht/ }));
    expect(onChange).toHaveBeenCalledWith(2);
    fireEvent.click(screen.getByRole('radio', { name: 'weiß nicht' }));
    expect(onChange).toHaveBeenLastCalledWith('na');
  });

  it('shows the stored answer as checked', () => {
    render(<Likert name="x" legend="L" value={4} labels={labels} onChange={() => {}} />);
    expect((screen.getByRole('radio', { name: /^4/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('changes only what a new answer changes when drawn again (a tap repaints no more)', async () => {
    const draw = (value: number) => (
      <Likert name="x" legend="L" value={value} labels={labels} onChange={() => {}} />
    );
    const { container, rerender } = render(draw(2));
    const changed: string[] = [];
    const seen = new MutationObserver((list) =>
      list.forEach((m) => changed.push(m.attributeName ?? m.type)),
    );
    seen.observe(container, { subtree: true, attributes: true, childList: true });
    rerender(draw(5));
    await Promise.resolve();
    seen.disconnect();
    expect(changed).toEqual([]);
    expect((screen.getByRole('radio', { name: /^5/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: /^5/ }) as HTMLInputElement).value).toBe('5');
  });
});

describe('MultiChoice', () => {
  const options = [
    { id: 'time', label: 'Zeit' },
    { id: 'fees', label: 'Kosten' },
    { id: 'none', label: 'Nichts davon' },
  ];
  it.each([
    [['time'], 'Kosten', ['time', 'fees']],
    [['time', 'fees'], 'Nichts davon', ['none']],
    [['none'], 'Zeit', ['time']],
    [['time', 'fees'], 'Zeit', ['fees']],
  ])('from %j, clicking %s gives %j', (value, click, expected) => {
    const onChange = vi.fn();
    render(
      <MultiChoice
        name="b"
        legend="Was bremst?"
        options={options}
        value={value}
        onChange={onChange}
      />,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: click }));
    expect(onChange).toHaveBeenCalledWith(expected);
  });
});

describe('RadarChart', () => {
  it('is an image with a name, one label per axis, and greys out axes without a score', () => {
    render(
      <RadarChart
        title="Profil"
        rings={[40, 70]}
        axes={[
          { label: 'Zeit', value: 20 },
          { label: 'Nutzen', value: null },
          { label: 'Kontakt', value: 90 },
        ]}
      />,
    );
    // drawn once for phones and once for wider screens (CSS shows one)
    const drawings = screen.getAllByRole('img', { name: 'Profil' });
    expect(drawings.map((d) => d.classList.contains('chart--narrow'))).toEqual([false, true]);
    for (const svg of drawings) {
      expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
        'Zeit',
        'Nutzen',
        'Kontakt',
      ]);
      expect(svg.querySelectorAll('.radar__label--none')).toHaveLength(1);
      expect(svg.querySelectorAll('circle')).toHaveLength(2);
    }
  });

  it('breaks a long label into two lines on a phone only', () => {
    render(
      <RadarChart title="Profil" rings={[40]} axes={[{ label: 'Zeit & Personal', value: 50 }]} />,
    );
    const [wide, narrow] = screen.getAllByRole('img', { name: 'Profil' });
    expect(wide!.querySelectorAll('tspan')).toHaveLength(0);
    expect([...narrow!.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual([
      'Zeit &',
      'Personal',
    ]);
  });
});

describe('DataTable', () => {
  it('says to scroll sideways once the table grows wider than its box, even if the box keeps its size', async () => {
    const watched = new Map<Element, () => void>();
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private fire: () => void) {}
        observe(el: Element) {
          watched.set(el, this.fire);
        }
        disconnect() {
          watched.clear();
        }
      },
    );
    try {
      const { container } = render(
        <DataTable label="Tabelle" head={['Bereich', 'Punkte']}>
          <tr>
            <td>Nutzen</td>
            <td>50</td>
          </tr>
        </DataTable>,
      );
      const box = container.querySelector('.table-wrap')!;
      const table = container.querySelector('table')!;
      Object.defineProperty(box, 'clientWidth', { value: 300 });
      Object.defineProperty(box, 'scrollWidth', { value: 300, configurable: true });
      expect(screen.queryByText(/Tabelle zur Seite wischen/)).toBeNull();
      // only the table resizes (a longer row drawn later): its box stays 300 px wide
      Object.defineProperty(box, 'scrollWidth', { value: 480 });
      watched.get(table)?.();
      expect(await screen.findByText(/Tabelle zur Seite wischen/)).toBeTruthy();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
