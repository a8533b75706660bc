// Reading a paginated listing of the API page by page.

export type PageOf<T> = (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>;

/**
 * Each page of a paginated listing in turn. The store reads SQLite synchronously, so a loop of pages would
 * hold the event loop until its last page: between pages it lets waiting requests in (a pass over every event
 * of a large KB takes seconds, and may run in the background while readers are served).
 */
export async function eachPage<T>(page: PageOf<T>, use: (items: T[]) => void): Promise<void> {
  let cursor: string | undefined;
  do {
    const result = await page(cursor);
    use(result.items);
    cursor = result.nextCursor ?? undefined;
    if (cursor) await new Promise((resolve) => setImmediate(resolve));
  } while (cursor);
}

/** Every item of a paginated listing as a map: `entry` gives each item's key and value. */
export async function mapOfAll<T, V>(page: PageOf<T>, entry: (item: T) => [string, V]): Promise<Map<string, V>> {
  const map = new Map<string, V>();
  await eachPage(page, (items) => {
    for (const item of items) {
      const [key, value] = entry(item);
      map.set(key, value);
    }
  });
  return map;
}
