import type { LoginFlowId } from './flows.mjs';

export interface DemoUrls extends Readonly<Record<LoginFlowId, string>> {
  readonly index: string;
  readonly crowd: string;
  readonly payloads: string;
  readonly refused: string;
  readonly tracker: string;
  readonly httpsPort: number;
  readonly httpPort: number;
}

export interface AccessLogEntry {
  readonly at: number;
  readonly scheme: 'http' | 'https';
  readonly host: string;
  readonly method: string;
  /** Path and query, as the client sent them (`;jsessionid=` included). */
  readonly path: string;
  readonly referer: string | null;
  readonly origin: string | null;
  readonly secFetchSite: string | null;
  readonly userAgent: string | null;
}

export interface Demo {
  readonly urls: DemoUrls;
  close(): Promise<void>;
  readonly log: { readonly entries: readonly AccessLogEntry[]; clear(): void };
  readonly trackerReceived: readonly { readonly sid: string | null; readonly referer: string | null }[];
  readonly backends: readonly { readonly name: string; readonly port: number; readonly bigip: string }[];
}

export interface DemoFlow {
  readonly id: LoginFlowId | 'crowd' | 'payloads' | 'refused';
  readonly title: string;
  readonly what: string;
}

export const FLOWS: readonly DemoFlow[];
export const HOSTS: readonly string[];
export const CROWD_COOKIES: number;
export const PAYLOAD_COOKIES: readonly { readonly name: string; readonly value: string }[];
export const REFUSED_COOKIES: readonly { readonly name: string; readonly line: string; readonly reason: string }[];
export function hostMappingFlags(): string[];
export function startDemo(options?: { port?: number; httpPort?: number }): Promise<Demo>;
