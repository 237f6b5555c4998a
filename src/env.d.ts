/** The browser a build is for; Vite's `define` replaces it at build time (see vite.config.ts). */
declare const __TARGET__: 'chrome' | 'firefox';

/** A classic service worker's synchronous loader (the DOM library types do not include worker scopes). */
declare function importScripts(...urls: string[]): void;

/** The package's version, for `crumbtrail --version`; vite.cli.config.ts defines it at build time. */
declare const __CLI_VERSION__: string;
