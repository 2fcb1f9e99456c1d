// @ts-expect-error plain JS module shared with the scripts
export { CHROMIUM_FLAGS, chromiumPath, diskContext } from '../../scripts/chromium.mjs';
