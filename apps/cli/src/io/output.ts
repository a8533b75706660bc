// Writing results: plain tables for people, JSON for machines; colour only on a TTY without NO_COLOR.
import Table from "cli-table3";
import pc from "picocolors";

export const color = pc.createColors(Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A borderless table that fits the terminal; long cells are cut with an ellipsis. */
export function printTable(head: string[], rows: string[][], widths?: number[]): void {
  const table = new Table({
    head: head.map((h) => color.bold(h)),
    style: { head: [], border: [], compact: true, "padding-left": 0, "padding-right": 2 },
    chars: {
      top: "",
      "top-mid": "",
      "top-left": "",
      "top-right": "",
      bottom: "",
      "bottom-mid": "",
      "bottom-left": "",
      "bottom-right": "",
      left: "",
      "left-mid": "",
      mid: "",
      "mid-mid": "",
      right: "",
      "right-mid": "",
      middle: "",
    },
    ...(widths ? { colWidths: widths, wordWrap: false } : {}),
  });
  table.push(...rows);
  process.stdout.write(`${table.toString()}\n`);
}

export function line(text = ""): void {
  process.stdout.write(`${text}\n`);
}

export function warn(text: string): void {
  process.stderr.write(`${color.yellow("warning:")} ${text}\n`);
}
