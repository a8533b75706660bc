// The terminal's size, updated on resize (80×24 when the stream does not say, as in tests).
import { useEffect, useState } from "react";

interface SizedStream {
  columns?: number;
  rows?: number;
  on?(event: "resize", listener: () => void): unknown;
  off?(event: "resize", listener: () => void): unknown;
}

export function useTerminalSize(stream: SizedStream): { columns: number; rows: number } {
  const read = () => ({ columns: stream.columns || 80, rows: stream.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stream.on?.("resize", onResize);
    return () => {
      stream.off?.("resize", onResize);
    };
  });
  return size;
}
