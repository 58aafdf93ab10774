import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  base: './',
  plugins: [svelte()],
  worker: { format: 'iife' },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    expect: { requireAssertions: true },
  },
});
