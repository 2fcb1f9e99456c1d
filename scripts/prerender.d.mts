import type { Plugin, UserConfig } from 'vite';

export function prerenderStart(options: Pick<UserConfig, 'define' | 'resolve'>): Plugin[];
