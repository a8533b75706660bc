import { render } from "ink-testing-library";
import { describe, expect, it } from "vitest";
import { ListPane, windowStart } from "./list-pane";
import type { Row } from "./rows";

const rows: Row[] = Array.from({ length: 50_000 }, (_, i) => ({
  key: `e${i}`,
  kind: "event",
  id: `e${i}`,
  left: `2023-${String((i % 12) + 1).padStart(2, "0")}`,
  text: `event number ${i}`,
  flagged: i % 7 === 0,
}));

describe("ListPane", () => {
  it("renders only the rows that fit, around the selection (virtualised)", () => {
    const app = render(<ListPane rows={rows} selected={25_000} width={80} height={10} focused mono />);
    const lines = app.lastFrame()!.split("\n");
    expect(lines).toHaveLength(10);
    expect(lines.find((l) => l.startsWith("▶"))).toContain("event number 25000");
    expect(app.lastFrame()).not.toContain("event number 24000");
  });

  it("keeps the window inside the list", () => {
    expect(windowStart(0, 100, 10)).toBe(0);
    expect(windowStart(99, 100, 10)).toBe(90);
    expect(windowStart(50, 100, 10)).toBe(45);
    expect(windowStart(3, 5, 10)).toBe(0);
  });
});
