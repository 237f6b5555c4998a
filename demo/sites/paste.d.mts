import type { IncomingMessage, ServerResponse } from 'node:http';

export const PASTE_SESSION_COOKIE: string;
export const pasteRoutes: Readonly<Record<string, (req: IncomingMessage, res: ServerResponse) => void>>;
