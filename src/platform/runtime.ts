import browser, { type Runtime } from 'webextension-polyfill';
import type { RequestChannel } from './adapters.ts';
import { admitMessage, parseEvent, type Event, type Request, type Response, type ResponseTo } from './messages.ts';

/** Asks the background; the answer's type follows from the request's. */
export const send = <R extends Request>(request: R): Promise<ResponseTo<R>> =>
  browser.runtime.sendMessage<R, ResponseTo<R>>(request);

/** Listens to the background's broadcasts; returns the unsubscribe function. */
export const onEvent = (listener: (event: Event) => void): (() => void) => {
  const onMessage = (message: unknown): undefined => {
    const event = parseEvent(message);
    if (event !== null) listener(event);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
};

export const requestChannel: RequestChannel = {
  serve: (answer) => {
    browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<Response> | undefined => {
      const admission = admitMessage(message, sender.id, browser.runtime.id);
      switch (admission.kind) {
        case 'foreign':
          return undefined;
        case 'invalid':
          return Promise.reject(new Error('crumbtrail: not a valid request'));
        case 'request':
          return answer(admission.request);
      }
    });
  },
  // Nobody listening (no extension page open) rejects; a broadcast has no one to tell then.
  broadcast: (event) => browser.runtime.sendMessage(event).then(
    () => undefined,
    () => undefined,
  ),
};
