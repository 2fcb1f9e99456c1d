import type { SourceId } from '../src/content/schema';

/** Which seed text file holds each study (test-only: the app cites by bibliographic data). */
export const seedFiles: Record<SourceId, string> = {
  atb: '000_bef57044b95ddc79.txt',
  iaw2017: '001_08a2cd7291ff7d1f.txt',
  kompetenznetze: '002_aaa3f67b3afeec54.txt',
  workshop2009: '003_1ee0722ba46a9c35.txt',
  jobstarter: '004_2249697b8c835c68.txt',
};
