/** A value as JSON.parse can return it: what decoded JWT parts and HAR files are made of. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export type JsonObject = { readonly [key: string]: JsonValue };

export const isJsonObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Text that is a JSON object, parsed; null for anything else. */
export const parseJsonObject = (text: string): JsonObject | null => {
  let parsed: JsonValue;
  try {
    parsed = JSON.parse(text);
  } catch {
    // JSON.parse reports malformed text only by throwing.
    return null;
  }
  return isJsonObject(parsed) ? parsed : null;
};
