import browser from 'webextension-polyfill';
import { parseJson, type JsonValue } from '../core/json.ts';

/** For the DevTools page and the panel: the inspected tab and the network log DevTools keeps. */

export const inspectedTabId = (): number => browser.devtools.inspectedWindow.tabId;

/** Paths are from the extension's root, as the build lays it out. */
export const createPanel = async (title: string, iconPath: `/${string}`, pagePath: `/${string}`): Promise<void> => {
  await browser.devtools.panels.create(title, iconPath, pagePath);
};

/** A HAR object as plain JSON: drops the entry's `getContent` method and anything else not data. */
const toJson = (value: object): JsonValue => parseJson(JSON.stringify(value));

/** Each request DevTools finishes, as a HAR entry; returns the unsubscribe function. */
export const onNetworkEntry = (listener: (entry: JsonValue) => void): (() => void) => {
  const onFinished = (request: object): void => listener(toJson(request));
  browser.devtools.network.onRequestFinished.addListener(onFinished);
  return () => browser.devtools.network.onRequestFinished.removeListener(onFinished);
};

/** The HAR log of what DevTools recorded for the inspected tab (`{ version, creator, pages, entries }`). */
export const networkHar = async (): Promise<JsonValue> => toJson(await browser.devtools.network.getHAR());
