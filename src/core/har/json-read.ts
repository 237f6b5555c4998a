import { isJsonObject, type JsonObject, type JsonValue } from '../json.ts';

/** Typed reads of one member of a HAR object: anything of the wrong type reads as absent. */
export const stringAt = (object: JsonObject, key: string): string | null => {
  const value = object[key];
  return typeof value === 'string' ? value : null;
};

export const numberAt = (object: JsonObject, key: string): number | null => {
  const value = object[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

export const objectAt = (object: JsonObject, key: string): JsonObject | null => {
  const value = object[key];
  return isJsonObject(value) ? value : null;
};

export const arrayAt = (object: JsonObject, key: string): readonly JsonValue[] | null => {
  const value = object[key];
  return Array.isArray(value) ? value : null;
};
