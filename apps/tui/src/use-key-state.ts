import { type RefObject, useCallback, useRef, useState } from "react";

/**
 * State that key handlers read through a ref: keys can arrive faster than renders (type-ahead, a paste, a loaded
 * machine), and a second key must see what the first one set, not the value of the last frame drawn.
 */
export function useKeyState<T>(initial: T): [T, (next: T | ((prev: T) => T)) => void, RefObject<T>] {
  const [value, setValue] = useState(initial);
  const ref = useRef(initial);
  const set = useCallback((next: T | ((prev: T) => T)) => {
    ref.current = typeof next === "function" ? (next as (prev: T) => T)(ref.current) : next;
    setValue(ref.current);
  }, []);
  return [value, set, ref];
}
