import type { VNode } from 'preact';

/**
 * A chart drawn twice, for phones and for wider screens; CSS shows the one that fits, so its labels
 * keep their size in the very frame the screen turns or a window is resized (no script in between).
 */
export const bothWidths = (draw: (narrow: boolean) => VNode) => (
  <>
    {draw(false)}
    {draw(true)}
  </>
);
