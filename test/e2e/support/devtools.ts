import type { CDPSession } from 'playwright-core';
import { waitUntil } from './extension.ts';

interface TargetInfo {
  readonly targetId: string;
  readonly type: string;
  readonly url: string;
}

/**
 * Runtime.evaluate in any target through the browser session (non-flat attach), for targets Playwright
 * does not expose: DevTools' own page and the extension panel's iframe inside it.
 */
export const evaluateInTarget = async (session: CDPSession, targetId: string, expression: string): Promise<unknown> => {
  const { sessionId } = await session.send('Target.attachToTarget', { targetId, flatten: false });
  const id = 1;
  const answer = new Promise<unknown>((resolve, reject) => {
    const onMessage = (event: { sessionId: string; message: string }): void => {
      if (event.sessionId !== sessionId) return;
      const parsed: unknown = JSON.parse(event.message);
      if (typeof parsed !== 'object' || parsed === null || !('id' in parsed) || parsed.id !== id) return;
      session.off('Target.receivedMessageFromTarget', onMessage);
      const result = 'result' in parsed ? parsed.result : undefined;
      const exception = typeof result === 'object' && result !== null && 'exceptionDetails' in result ? result.exceptionDetails : undefined;
      if (exception !== undefined || 'error' in parsed) reject(new Error(`evaluate failed: ${JSON.stringify(parsed)}`));
      else resolve(typeof result === 'object' && result !== null && 'result' in result ? result.result : undefined);
    };
    session.on('Target.receivedMessageFromTarget', onMessage);
  });
  await session.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }),
  });
  try {
    return await answer;
  } finally {
    await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
};

const valueOf = (remote: unknown): unknown =>
  typeof remote === 'object' && remote !== null && 'value' in remote ? remote.value : undefined;

export const targets = async (session: CDPSession): Promise<TargetInfo[]> =>
  (await session.send('Target.getTargets')).targetInfos;

/**
 * Shows the extension's panel in every open DevTools window (DevTools' internal module path; may change
 * with Chromium versions), then returns the panel iframe targets.
 */
export const showExtensionPanel = async (session: CDPSession, extensionId: string, title: string): Promise<TargetInfo[]> => {
  const panelId = `chrome-extension://${extensionId}${title}`;
  const devtools = await waitUntil('a DevTools window', async () => {
    const found = (await targets(session)).filter((t) => t.url.startsWith('devtools://devtools/'));
    return found.length > 0 ? found : undefined;
  });
  const show = `(async () => {
    const { InspectorView } = await import('./ui/legacy/legacy.js');
    for (let i = 0; i < 100 && !InspectorView.InspectorView.instance().hasPanel(${JSON.stringify(panelId)}); i += 1) await new Promise((r) => setTimeout(r, 100));
    await InspectorView.InspectorView.instance().showPanel(${JSON.stringify(panelId)});
    return true;
  })()`;
  for (const target of devtools) await evaluateInTarget(session, target.targetId, show).catch(() => undefined);
  return waitUntil('the Crumbtrail panel iframe', async () => {
    const panels = (await targets(session)).filter((t) => t.url.startsWith(`chrome-extension://${extensionId}/src/panel/panel.html`));
    return panels.length > 0 ? panels : undefined;
  });
};

/** Evaluates `expression` in a panel iframe target and returns the value. */
export const evaluateValue = async (session: CDPSession, targetId: string, expression: string): Promise<unknown> =>
  valueOf(await evaluateInTarget(session, targetId, expression));
