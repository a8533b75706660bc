// The list pane: only the rows that fit are rendered, so a list of 50,000 events scrolls without lag.
import { Box, Text } from "ink";
import type { Row } from "./rows";
import { cell } from "./sanitize";

export interface ListPaneProps {
  rows: Row[];
  selected: number;
  width: number;
  height: number;
  focused: boolean;
  mono: boolean;
}

/** The first row to draw so the selection stays in view, centred when it can be. */
export function windowStart(selected: number, total: number, height: number): number {
  if (total <= height) return 0;
  return Math.max(0, Math.min(total - height, selected - Math.floor(height / 2)));
}

export function ListPane({ rows, selected, width, height, focused, mono }: ListPaneProps) {
  const start = windowStart(selected, rows.length, height);
  const visible = rows.slice(start, start + height);
  const leftWidth = Math.min(22, Math.max(8, Math.floor(width * 0.32)));
  if (rows.length === 0) {
    return (
      <Box width={width} height={height}>
        <Text dimColor>Nothing here. / to search, f to filter, 1-6 for another tab.</Text>
      </Box>
    );
  }
  return (
    <Box flexDirection="column" width={width} height={height}>
      {visible.map((row, i) => {
        const isSelected = start + i === selected;
        const mark = isSelected ? "▶" : " ";
        const flag = row.flagged ? "⚑" : " ";
        const text = `${mark}${flag} ${cell(row.left, leftWidth).padEnd(leftWidth)} ${cell(row.text, width - leftWidth - 5)}`;
        return (
          <Text
            key={row.key}
            wrap="truncate"
            inverse={isSelected && focused && !mono}
            bold={isSelected}
            color={!mono && row.flagged && !isSelected ? "red" : undefined}
          >
            {text}
          </Text>
        );
      })}
    </Box>
  );
}
