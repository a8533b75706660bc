// The detail pane: a window onto pre-built lines, scrolled by offset.
import { Box, Text } from "ink";
import type { Line, Style } from "./lines";

export interface LinesViewProps {
  lines: Line[];
  offset: number;
  width: number;
  height: number;
  focused: boolean;
  mono: boolean;
}

const COLOR: Partial<Record<Style, string>> = { accent: "cyan", warn: "red", mark: "yellow" };

export function LinesView({ lines, offset, width, height, focused, mono }: LinesViewProps) {
  // One row is kept for the "more" marker, so the pane never grows past its height.
  const overflow = lines.length - offset > height;
  const visible = lines.slice(offset, offset + (overflow ? height - 1 : height));
  const more = lines.length - offset - visible.length;
  return (
    <Box flexDirection="column" width={width} height={height}>
      {visible.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional; they have no identity of their own
        <Text key={offset + i} wrap="truncate">
          {line.length === 0
            ? " "
            : line.map((s, j) => (
                <Text
                  // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
                  key={j}
                  bold={s.style === "title"}
                  dimColor={s.style === "dim"}
                  underline={s.style === "mark" && !mono}
                  color={mono ? undefined : COLOR[s.style]}
                >
                  {s.text}
                </Text>
              ))}
        </Text>
      ))}
      {more > 0 && <Text dimColor>{focused ? `↓ ${more} more (j/k)` : `↓ ${more} more (enter, then j/k)`}</Text>}
    </Box>
  );
}
