import { type Key, useInput } from "ink";
import { useCallback, useRef } from "react";

type Handler = (input: string, key: Key) => void;

/**
 * `useInput` with a handler that always sees the state of the latest render. Ink re-subscribes its handler in a
 * passive effect, which React may flush late: a key pressed just after a frame was drawn then reached the closure of
 * an older render (the first enter after the list loaded saw no rows and was lost). Subscribing once and reading the
 * handler from a ref set during render closes that window.
 */
export function useLatestInput(handler: Handler): void {
  const latest = useRef(handler);
  latest.current = handler;
  const stable = useCallback<Handler>((input, key) => latest.current(input, key), []);
  useInput(stable);
}
