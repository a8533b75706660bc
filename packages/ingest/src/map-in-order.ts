// Runs an async step over items with at most `window` in flight, handing results on strictly in input order.

/**
 * Starts up to `window` steps ahead of the one being handed on, so slow and fast items overlap while only a
 * window's worth of results is ever held; `onResult` sees item i only after every item before it.
 */
export async function mapInOrder<T, R>(
  items: readonly T[],
  window: number,
  step: (item: T) => Promise<R>,
  onResult: (result: R, item: T) => void,
): Promise<void> {
  const inflight: Array<Promise<R>> = [];
  let next = 0;
  const launch = () => {
    if (next >= items.length) return;
    const p = step(items[next++]!);
    // Handled when its turn comes; this only stops an early rejection from being reported as unhandled.
    p.catch(() => {});
    inflight.push(p);
  };
  for (let i = 0; i < Math.max(1, window); i++) launch();
  for (const item of items) {
    const result = await inflight.shift()!;
    launch();
    onResult(result, item);
  }
}
