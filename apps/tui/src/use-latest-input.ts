import { type Key, useInput } from "ink";
import { useCallback, useRef } from "react";

type Handler = (input: string, key: Key) => void;

/** Control characters a paste or a fast terminal can bury in plain text, as the keys Ink would report alone. */
const CONTROL_KEYS: Record<string, Partial<Key>> = {
  "\r": { return: true },
  "\n": { return: true },
  "\t": { tab: true },
  "\u007f": { backspace: true },
  "\b": { backspace: true },
};

/**
 * Ink hands a run of plain text read at once ("type:call\r" from a paste, tmux, a slow link) to the handler as one
 * input, with no key flags: the enter at its end was lost and a prompt kept a carriage return. The run is replayed
 * here a character at a time, each as the key it would have been on its own.
 */
function eachKey(input: string, key: Key, handler: Handler): void {
  if (input.length <= 1 || key.ctrl || key.meta) {
    handler(input, key);
    return;
  }
  const none = Object.fromEntries(Object.keys(key).map((k) => [k, false])) as unknown as Key;
  for (const ch of input) {
    const control = CONTROL_KEYS[ch];
    if (control) handler("", { ...none, ...control });
    else handler(ch, { ...none, shift: /[A-Z]/.test(ch) });
  }
}

/**
 * `useInput` with a handler that always sees the state of the latest render. Ink re-subscribes its handler in a
 * passive effect, which React may flush late: a key pressed just after a frame was drawn then reached the closure of
 * an older render (the first enter after the list loaded saw no rows and was lost). Subscribing once and reading the
 * handler from a ref set during render closes that window.
 */
export function useLatestInput(handler: Handler): void {
  const latest = useRef(handler);
  latest.current = handler;
  const stable = useCallback<Handler>((input, key) => eachKey(input, key, (i, k) => latest.current(i, k)), []);
  useInput(stable);
}
