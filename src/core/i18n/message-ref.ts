import type { MessageKey } from './translate.ts';

/** A catalog key and its `$1`… substitutions: what core code hands a surface instead of prose. */
export interface MessageRef {
  readonly key: MessageKey;
  readonly args: readonly string[];
}
