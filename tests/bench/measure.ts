/** What every bench module reports, and the two measuring helpers they share. */
export interface Metric {
  metric: string;
  value: number;
  unit: string;
  budget?: number;
  note?: string;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function timed(f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}
