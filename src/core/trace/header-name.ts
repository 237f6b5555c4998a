import type { Header } from '../exchange.ts';

/** Compares lengths first: most names differ in length, and lower-casing every name would allocate. */
export const isHeaderNamed = (header: Header, lowerCaseName: string): boolean =>
  header.name.length === lowerCaseName.length && header.name.toLowerCase() === lowerCaseName;
