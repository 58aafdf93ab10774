// Samples the JS heap of the page's workers. `performance.memory` does not exist inside a worker and
// Playwright's CDP sessions attach to pages only, so this attaches to each worker target through the
// page's session (non-flattened Target.attachToTarget) and asks Runtime.getHeapUsage.
import type { CDPSession, Page } from '@playwright/test';

interface TargetInfo {
  targetId: string;
  type: string;
}

export async function sampleWorkerHeap(page: Page, everyMs = 100): Promise<{ stop(): Promise<number> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const sessions = new Map<string, string>(); // targetId → sessionId
  let peak = 0;
  let nextId = 1;
  cdp.on('Target.receivedMessageFromTarget' as never, (e: { message: string }) => {
    const msg = JSON.parse(e.message) as { result?: { usedSize?: number } };
    if (msg.result?.usedSize !== undefined) peak = Math.max(peak, msg.result.usedSize);
  });
  const tick = async () => {
    try {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
      for (const t of targetInfos.filter((x) => x.type === 'worker')) {
        let sessionId = sessions.get(t.targetId);
        if (!sessionId) {
          ({ sessionId } = (await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false })) as {
            sessionId: string;
          });
          sessions.set(t.targetId, sessionId);
        }
        const message = JSON.stringify({ id: nextId++, method: 'Runtime.getHeapUsage' });
        await cdp.send('Target.sendMessageToTarget' as never, { sessionId, message } as never);
      }
    } catch {
      /* a worker went away between the calls */
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  await tick();
  return {
    async stop() {
      clearInterval(timer);
      await tick();
      await new Promise((r) => setTimeout(r, 50));
      await cdp.detach().catch(() => {});
      return peak;
    },
  };
}
