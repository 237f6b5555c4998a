import { unicodeEscape } from './unicode-escape.ts';

/** DEL and C1 controls, which JSON.stringify leaves raw (C0 ones it escapes already). */
const RAW_CONTROLS = /[\u007f-\u009f]/g;

/**
 * A document as indented JSON with every control character escaped (`\u009b`), so that viewing the file in
 * a terminal runs nothing. Outside strings JSON text is plain ASCII, so only string contents change.
 */
export const jsonText = (value: object): string => `${JSON.stringify(value, null, 2).replace(RAW_CONTROLS, unicodeEscape)}\n`;
