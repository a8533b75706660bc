// A promise-chain mutex: runs one task at a time, in arrival order, so two writes never interleave.
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    // The chain must survive a failed task, or every later write would fail with it.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
