/** How a file reached the person. */
export type Delivery = 'shared' | 'downloaded' | 'cancelled';

const prefersShare = () =>
  matchMedia('(pointer: coarse)').matches || matchMedia('(display-mode: standalone)').matches;

/**
 * Hands a file to the person: the share sheet on phones and installed apps (iOS standalone apps
 * cannot download), a download elsewhere.
 */
export async function deliverFile(
  name: string,
  type: string,
  content: BlobPart,
): Promise<Delivery> {
  const file = new File([content], name, { type });
  if (prefersShare() && navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: name });
      return 'shared';
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled';
    }
  }
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return 'downloaded';
}

/** A file name with the date, e.g. netzwerk-check-2026-11-23.json. */
export const datedName = (base: string, ext: string, now = new Date()) =>
  `${base}-${now.toISOString().slice(0, 10)}.${ext}`;
