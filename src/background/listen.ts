import { listenEarly } from '../platform/web-request.ts';

/**
 * The background's first script, kept tiny so that it runs within milliseconds of the worker starting: it
 * registers the webRequest listeners before the rest (the core, the public-suffix list) is even loaded,
 * and holds their events until the recorder takes them. In Chrome a service worker is one script, so this
 * one loads the rest itself; Firefox's manifest lists both scripts in order.
 */
listenEarly();
if (__TARGET__ === 'chrome') importScripts('main.js');
