import type { Page } from '@playwright/test';

/** The sizes every screen must work at: two phones, a booth tablet, two projectors. */
export const SIZES = [
  { name: 'phone 360', width: 360, height: 640 },
  { name: 'phone 390', width: 390, height: 844 },
  { name: 'tablet 768', width: 768, height: 1024 },
  { name: 'projector 1280', width: 1280, height: 720 },
  { name: 'projector 1920', width: 1920, height: 1080 },
] as const;

/** What a layout check may also demand of one screen. */
export interface LayoutRules {
  /** The screen must fit the viewport without scrolling (a projector slide). */
  fits?: boolean;
}

/**
 * Finds what a person on this screen would trip over: the page scrolling sideways, a control
 * smaller than 44 × 44 px, a field in the browser's bare style, text under 12 px, a chart label cut off or over another, a table cut off without a hint, the main button not
 * last and bottom-right in its row, something floating over a control, a tab order that runs against the visual order.
 * Returns one line per problem (empty when the screen is fine).
 */
export function layoutProblems(page: Page, rules: LayoutRules = {}): Promise<string[]> {
  return page.evaluate((rules) => {
    const out: string[] = [];
    const root = document.documentElement;
    const vw = root.clientWidth;
    const vh = root.clientHeight;
    const name = (el: Element) => {
      const text = (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40);
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className}` : '';
      return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
    };
    const shown = (el: Element) => {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) return false;
      // far above the page's top is put out of sight; measured from the page, not the scrolled
      // screen (a table's hint 5,000 px above the QR code counted as gone while the table did not)
      const r = el.getBoundingClientRect();
      return r.width > 2 && r.height > 2 && r.right > 0 && r.bottom + scrollY > -5000;
    };
    const hiddenText = (el: Element) => !!el.closest('.visually-hidden, .skip, [aria-hidden=true]');

    // 1. the page itself never scrolls sideways
    if (root.scrollWidth > vw + 1) {
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => shown(el) && el.getBoundingClientRect().right > vw + 1)
        .filter((el) => !el.parentElement?.closest('.table-wrap'))
        .slice(0, 3)
        .map(name);
      out.push(`page scrolls sideways (${root.scrollWidth} > ${vw}): ${wide.join(', ')}`);
    }

    // 2. every control is at least 44 × 44 px (links inside running text are exempt, WCAG 2.5.8)
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    );
    for (const el of controls) {
      const label = el.closest('label');
      const target = el.matches('input[type=radio], input[type=checkbox]') && label ? label : el;
      if (!shown(target) || el.closest('.skip')) continue;
      if (el.tagName === 'A' && el.parentElement) {
        const around = (el.parentElement.textContent ?? '').replace(el.textContent ?? '', '');
        if (/\p{L}{3}/u.test(around) && getComputedStyle(el).display === 'inline') continue;
      }
      const r = target.getBoundingClientRect();
      if (r.width < 43.5 || r.height < 43.5)
        out.push(`small target ${Math.round(r.width)}×${Math.round(r.height)}: ${name(el)}`);
      if (target !== el) {
        const box = el.getBoundingClientRect();
        if (box.width < 20 || box.height < 20)
          out.push(
            `shrunken ${el.getAttribute('type')} ${Math.round(box.width)}×${Math.round(box.height)}: ${name(label!)}`,
          );
      }
    }

    // 2b. a field has the app's input style (rounded border, 48 px tall), not the browser's bare box
    const fields = document.querySelectorAll<HTMLElement>(
      'select, textarea, input:not([type=hidden], [type=radio], [type=checkbox], [type=file], [type=submit], [type=button])',
    );
    for (const el of fields) {
      if (!shown(el)) continue;
      const css = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (parseFloat(css.borderTopLeftRadius) < 4 || r.height < 47.5)
        out.push(
          `field in the browser's style (${Math.round(r.height)} px, radius ${css.borderTopLeftRadius}): ${name(el)}`,
        );
    }

    // 3. no text under 12 px, SVG labels measured as drawn
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || seen.has(el) || !n.textContent?.trim()) continue;
      seen.add(el);
      if (hiddenText(el) || !shown(el) || el.closest('option, script, style')) continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGGraphicsElement) {
        const m = el.getScreenCTM();
        if (m) size *= Math.hypot(m.a, m.b);
      }
      if (size < 11.95) out.push(`text ${size.toFixed(1)} px: ${name(el)}`);
    }

    // 3b. a chart label drawn outside its chart is cut off
    for (const text of document.querySelectorAll('svg text')) {
      const svg = text.closest('svg')!;
      if (!shown(svg) || hiddenText(svg)) continue;
      const t = text.getBoundingClientRect();
      const box = svg.getBoundingClientRect();
      if (t.left < box.left - 1 || t.right > box.right + 1)
        out.push(`chart label cut off: ${name(text)}`);
    }

    // 3c. two labels of one chart drawn over each other
    for (const svg of document.querySelectorAll('svg')) {
      if (!shown(svg) || hiddenText(svg)) continue;
      const boxes = [...svg.querySelectorAll('text')].map(
        (t) => [t, t.getBoundingClientRect()] as const,
      );
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [ta, a] = boxes[i]!;
          const [tb, b] = boxes[j]!;
          if (
            a.left < b.right - 1 &&
            b.left < a.right - 1 &&
            a.top < b.bottom - 1 &&
            b.top < a.bottom - 1
          )
            out.push(`chart labels overlap: ${name(ta)} and ${name(tb)}`);
        }
    }

    // 4. a table wider than its box shows a hint that it scrolls; a projector loses no column
    for (const wrap of document.querySelectorAll<HTMLElement>('.table-wrap')) {
      if (!shown(wrap) || wrap.scrollWidth <= wrap.clientWidth + 1) continue;
      if (rules.fits) out.push(`table cut off on the projector: ${name(wrap)}`);
      const hint =
        wrap.previousElementSibling?.matches('.table-hint') && wrap.previousElementSibling;
      if (!hint || !shown(hint)) out.push(`table cut off without a hint: ${name(wrap)}`);
    }

    // 5. in a row of buttons the main one comes last, bottom-right; tab order = visual order
    for (const row of document.querySelectorAll<HTMLElement>('.actions, .projector__nav')) {
      const items = [...row.querySelectorAll<HTMLElement>('a[href], button')].filter(shown);
      const primary = items.find((el) => el.classList.contains('btn--primary'));
      const boxes = items.map((el) => el.getBoundingClientRect());
      for (let i = 1; i < items.length; i++) {
        const a = boxes[i - 1]!;
        const b = boxes[i]!;
        const sameLine = Math.abs(a.top - b.top) < a.height / 2;
        if (sameLine ? b.left < a.left : b.top < a.top)
          out.push(
            `tab order runs against the eye: ${name(items[i]!)} before ${name(items[i - 1]!)}`,
          );
      }
      if (!primary) continue;
      const p = primary.getBoundingClientRect();
      const right = Math.max(...boxes.map((b) => b.right));
      const bottom = Math.max(...boxes.map((b) => b.bottom));
      if (p.right < right - 1 || p.bottom < bottom - 1)
        out.push(`main button not bottom-right in its row: ${name(primary)}`);
      const form = row.closest('form.questionnaire');
      if (form) {
        const inner =
          form.getBoundingClientRect().right - parseFloat(getComputedStyle(form).paddingRight);
        if (Math.abs(p.right - inner) > 1)
          out.push(
            `"${primary.textContent}" not at the right edge (${Math.round(p.right)} ≠ ${Math.round(inner)})`,
          );
      }
    }

    // 5b. nothing floating over the screen covers a control (a dialog may: it asks for an answer)
    const floating = [...document.querySelectorAll<HTMLElement>('body *')].filter(
      (el) =>
        ['fixed', 'sticky'].includes(getComputedStyle(el).position) &&
        shown(el) &&
        !el.matches('.projector, dialog, [role=dialog], [role=alertdialog]'),
    );
    for (const over of floating) {
      const a = over.getBoundingClientRect();
      const covered = [...controls].find((el) => {
        if (over.contains(el) || !shown(el)) return false;
        const b = el.getBoundingClientRect();
        return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      });
      if (covered) out.push(`${name(over)} covers ${name(covered)}`);
    }

    // 6. a projector slide fits the screen and its paging buttons are in view
    if (rules.fits) {
      const box = document.querySelector<HTMLElement>('.projector') ?? root;
      if (box.scrollHeight > box.clientHeight + 1)
        out.push(`slide taller than the screen (${box.scrollHeight} > ${box.clientHeight})`);
      for (const b of document.querySelectorAll('.projector__nav .btn'))
        if (b.getBoundingClientRect().bottom > vh) out.push(`below the fold: ${name(b)}`);
    }
    return out;
  }, rules);
}
