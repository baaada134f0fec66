import { parentPort, workerData } from 'node:worker_threads';
import { stageTimings } from '../lib/build-timings.ts';
import { createBriefingRenderer } from '../render/render-briefing.ts';
import type { RenderJob } from './render-all.ts';

/** A rendering thread of render-all.ts: renders the briefings it is handed, one at a time. */
const port = parentPort;
if (!port) throw new Error('render-worker.ts runs as a worker thread of render-all.ts');
const render = await createBriefingRenderer(workerData as { aliasesFile?: string; publicDir?: string });

port.on('message', async (message: { position: number; job: RenderJob } | 'done') => {
  if (message === 'done') {
    port.postMessage({ timings: stageTimings() });
    return;
  }
  try {
    port.postMessage({ position: message.position, rendered: await render(message.job) });
  } catch (error) {
    port.postMessage({ position: message.position, error: error instanceof Error ? error.message : String(error) });
  }
});
