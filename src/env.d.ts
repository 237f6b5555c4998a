/** The browser a build is for; Vite's `define` replaces it at build time (see vite.config.ts). */
declare const __TARGET__: 'chrome' | 'firefox';
