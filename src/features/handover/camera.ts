/** Why the camera could not be used. */
export type CameraProblem = 'denied' | 'none';

/** Opens the back camera; a plain problem code when it is not allowed or not there. */
export async function openCamera(): Promise<MediaStream | CameraProblem> {
  if (!navigator.mediaDevices?.getUserMedia) return 'none';
  try {
    return await navigator.mediaDevices.getUserMedia({
      video: { facingMode: 'environment' },
      audio: false,
    });
  } catch (e) {
    const name = e instanceof DOMException ? e.name : '';
    return name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'none';
  }
}

interface Detector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
declare const BarcodeDetector:
  | ((new (options: { formats: string[] }) => Detector) & {
      getSupportedFormats(): Promise<string[]>;
    })
  | undefined;

/** A reader of QR codes in video frames: the browser's own where it has one, else a small library. */
export async function qrReader(): Promise<(video: HTMLVideoElement) => Promise<string | null>> {
  if (
    typeof BarcodeDetector !== 'undefined' &&
    (await BarcodeDetector.getSupportedFormats()).includes('qr_code')
  ) {
    const detector = new BarcodeDetector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  // loaded only here, on the collecting screen of a browser without a built-in reader
  const { decodeQR } = await import('qr/decode.js');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    const width = video.videoWidth;
    const height = video.videoHeight;
    if (!context || !width || !height) return null;
    canvas.width = width;
    canvas.height = height;
    context.drawImage(video, 0, 0, width, height);
    try {
      return decodeQR({ width, height, data: context.getImageData(0, 0, width, height).data });
    } catch {
      return null; // no code in this frame
    }
  };
}
