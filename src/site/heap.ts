// How far V8 lets the heap grow past what is live before it collects. Its own rule lets
// it reach about twice the live size (at 100,000 articles, 1.2 GB for 0.6 GB live). A
// build that holds a large archive, or makes garbage page by page for minutes on its
// workers, grows it by a tenth instead: more collections for far less memory. A short
// build keeps V8's rule, which collects less often and so ends sooner.
import { getHeapStatistics, setFlagsFromString } from "node:v8";

/** Past this much heap in use, the archive is large enough for memory to be what counts. */
const largeHeap = 384 * 1024 * 1024;

let nearLive = false;

/** From now on, the heap grows by a tenth past what is live (for the rest of the process: a long serve, too). */
export function keepHeapNearLive(): void {
  if (nearLive) return;
  setFlagsFromString("--heap-growing-percent=10");
  nearLive = true;
}

/** Whether the heap is kept near what is live. */
export function heapNearLive(): boolean {
  return nearLive;
}

/** Keeps the heap near what is live once it holds a large archive: asked between a build's stages. */
export function watchHeap(): void {
  if (!nearLive && getHeapStatistics().used_heap_size > largeHeap) keepHeapNearLive();
}
