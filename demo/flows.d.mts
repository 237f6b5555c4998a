import type { Page } from 'playwright-core';

export type LoginFlowId = 'good' | 'fixation' | 'jwt' | 'sticky' | 'leaky';

export interface LoginFlow {
  readonly id: LoginFlowId;
  readonly browse: readonly string[];
  readonly signOut: string;
}

/** The page actions a flow needs. */
export interface Driver {
  goto(url: string): Promise<void>;
  fill(selector: string, text: string): Promise<void>;
  /** Clicks and waits for the navigation the click starts to load. */
  clickAndWait(selector: string): Promise<void>;
  url(): string;
}

export const DEMO_USER: { readonly username: string; readonly password: string };
export const LOGIN_FLOWS: readonly LoginFlow[];
export function flowById(id: LoginFlowId): LoginFlow;
export function signIn(driver: Driver, flow: LoginFlow, urls: Readonly<Record<LoginFlowId, string>>): Promise<void>;
export function browse(driver: Driver, flow: LoginFlow): Promise<void>;
export function signOut(driver: Driver, flow: LoginFlow): Promise<void>;
export function playwrightDriver(page: Page): Driver;
