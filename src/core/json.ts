/** A value as JSON.parse can return it: what decoded JWT parts and HAR files are made of. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export type JsonObject = { readonly [key: string]: JsonValue };

export const isJsonObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isJsonMember = (value: unknown): boolean => {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonMember);
  return typeof value === 'object' && Object.values(value).every(isJsonMember);
};

/** Whether a value is JSON all the way down: checked, never assumed, where data comes in. */
export const isJsonValue = (value: unknown): value is JsonValue => isJsonMember(value);

/**
 * Text parsed as JSON, the parse result checked before it is typed: the one place `JSON.parse` is read.
 * Throws as `JSON.parse` does on text that is not JSON.
 */
export const parseJson = (text: string): JsonValue => {
  const parsed: unknown = JSON.parse(text);
  if (!isJsonValue(parsed)) throw new TypeError('JSON.parse returned a value that is not JSON');
  return parsed;
};

/** Text that is a JSON object, parsed; null for anything else. */
export const parseJsonObject = (text: string): JsonObject | null => {
  let parsed: JsonValue;
  try {
    parsed = parseJson(text);
  } catch {
    // JSON.parse reports malformed text only by throwing.
    return null;
  }
  return isJsonObject(parsed) ? parsed : null;
};
