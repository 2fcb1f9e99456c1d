import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  define: { __BUILD_ID__: JSON.stringify('test') },
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'test/unit/**/*.test.{ts,tsx}',
      'test/personas/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
  },
});
