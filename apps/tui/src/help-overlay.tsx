// The `?` overlay: every key, in one place.
import { Box, Text } from "ink";

export const KEYS: Array<[string, string]> = [
  ["j / k, ↓ / ↑", "move in the list, or scroll the detail"],
  ["space / PgDn, PgUp", "a page down / up"],
  ["g / G", "first / last"],
  ["enter", "open the selected item in the detail pane"],
  ["tab", "switch between the list and the detail pane"],
  ["esc / backspace", "back to the list; clear filters"],
  ["1 … 6, h / l, ← / →", "tabs: Timeline, Events, Actors, Articles, Conflicts, Search"],
  ["/", "search as you type (enter to keep, esc to stop typing)"],
  ["f", "filter events: actor:ID type:call source:ARTICLE from:2023-11 to:2023-12"],
  ["?", "this help (any key closes it)"],
  ["q", "quit"],
];

export function HelpOverlay() {
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>Keys</Text>
      {KEYS.map(([k, what]) => (
        <Text key={k}>
          <Text bold>{k.padEnd(22)}</Text>
          {what}
        </Text>
      ))}
      <Text dimColor>⚑ marks an event whose sources disagree; ▶ the selection.</Text>
    </Box>
  );
}
