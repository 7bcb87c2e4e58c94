// Preloaded into the API by the mixed-load benchmark only (node --expose-gc --import bench/heap-probe.mjs): every
// BENCH_HEAP_EVERY_MS a full garbage collection, then the live heap, appended to BENCH_HEAP_FILE. RSS alone cannot
// tell a leak from garbage V8 has not collected yet (it defers major GCs while the heap has room).
import { appendFileSync } from "node:fs";

const file = process.env.BENCH_HEAP_FILE;
if (file && typeof globalThis.gc === "function") {
  setInterval(() => {
    globalThis.gc();
    appendFileSync(file, `${Date.now()} ${process.memoryUsage().heapUsed}\n`);
  }, Number(process.env.BENCH_HEAP_EVERY_MS ?? 5000)).unref();
}
