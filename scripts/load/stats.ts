/** Latencies per operation and answers per error code, for the load report. */
export class LoadStats {
  readonly latencies = new Map<string, number[]>();
  readonly errors = new Map<string, number>();
  readonly errorsByOperation = new Map<string, number>();
  readonly started = performance.now();
  operations = 0;

  record(operation: string, ms: number, codes: string[]) {
    this.operations++;
    const list = this.latencies.get(operation) ?? this.latencies.set(operation, []).get(operation)!;
    list.push(ms);
    for (const code of codes) {
      this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
      const key = `${operation} ${code}`;
      this.errorsByOperation.set(key, (this.errorsByOperation.get(key) ?? 0) + 1);
    }
  }

  elapsedSeconds = () => (performance.now() - this.started) / 1000;

  report(): LoadReport {
    const seconds = this.elapsedSeconds();
    const operations = [...this.latencies]
      .map(([name, list]) => {
        const sorted = [...list].sort((a, b) => a - b);
        const at = (p: number) =>
          Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!);
        return { name, count: list.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
      })
      .sort((a, b) => b.count - a.count);
    return {
      seconds: Math.round(seconds),
      total: this.operations,
      perSecond: Math.round((this.operations / seconds) * 10) / 10,
      operations,
      errors: Object.fromEntries([...this.errors].sort((a, b) => b[1] - a[1])),
      errorsByOperation: Object.fromEntries([...this.errorsByOperation].sort((a, b) => b[1] - a[1])),
    };
  }
}

export type LoadReport = {
  seconds: number;
  total: number;
  perSecond: number;
  operations: { name: string; count: number; p50: number; p95: number; p99: number }[];
  errors: Record<string, number>;
  /** `<operation> <code>`: which calls were refused, and why. */
  errorsByOperation: Record<string, number>;
};

export function printLoadReport(report: LoadReport, out: (line: string) => void = console.log) {
  out(`${report.total} operations in ${report.seconds} s: ${report.perSecond} per second`);
  out(
    `${'operation'.padEnd(34)} ${'count'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)}`,
  );
  for (const o of report.operations)
    out(
      `${o.name.padEnd(34)} ${String(o.count).padStart(7)} ${String(o.p50).padStart(7)} ${String(o.p95).padStart(7)} ${String(o.p99).padStart(7)}`,
    );
  const errors = Object.entries(report.errors);
  out(
    errors.length
      ? `Errors by code: ${errors.map(([c, n]) => `${c} ${n}`).join(', ')}`
      : 'No error answered.',
  );
  for (const [key, n] of Object.entries(report.errorsByOperation)) out(`  ${key}: ${n}`);
}
