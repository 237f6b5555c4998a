import type { BrowserContext, Page, Worker } from 'playwright-core';

export const CHROMIUM: string;

export interface ChromiumWithExtension {
  readonly context: BrowserContext;
  readonly worker: Worker;
  readonly extensionId: string;
  close(): Promise<void>;
}

export function launchChromiumWithExtension(options: {
  extension: string;
  lang?: 'en' | 'ko';
  headless?: boolean;
  devtools?: boolean;
}): Promise<ChromiumWithExtension>;

export interface Bridge {
  readonly page: Page;
  ask(message: { readonly type: string; readonly tabId: number }): Promise<unknown>;
  tabIdOf(urlPrefix: string): Promise<number>;
}

export function openBridge(context: BrowserContext, extensionId: string): Promise<Bridge>;
