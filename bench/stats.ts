/** Latency summary of one operation, in milliseconds. */
export function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  const total = samples.reduce((a, b) => a + b, 0);
  return {
    p50: at(50),
    p95: at(95),
    p99: at(99),
    mean: total / samples.length,
    perSecond: (samples.length / total) * 1000,
  };
}

/** A one-line progress bar on stderr (seeding takes minutes). */
export function progressBar(label: string, total: number) {
  let done = 0;
  let last = 0;
  const draw = () => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(
      `\r${label.padEnd(28)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`,
    );
  };
  draw();
  return {
    tick(n = 1) {
      done += n;
      if (Date.now() - last > 200 || done >= total) {
        last = Date.now();
        draw();
      }
    },
    done() {
      done = total;
      draw();
      process.stderr.write('\n');
    },
  };
}

/** Runs `work` over items with at most `concurrency` in flight. */
export async function inParallel<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

export const fixed = (n: number, digits = 1) => n.toFixed(digits);
