import { defineUnlistedScript } from '#imports';
import { serveClassifications, type WorkerScope } from '@/lib/classifier-host/worker';

// The classifier's bundle, run as a dedicated worker (lib/classifier-host/pool.ts starts it
// from the Firefox background page or Chrome's offscreen document). postal-mime and the rule
// tables live here only: the background, the pages and the content scripts never load them.
export default defineUnlistedScript(() => {
  void serveClassifications(self as unknown as WorkerScope);
});
