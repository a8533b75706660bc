// The one error parsing throws: input that is not an article, named by its source and the problem.

export type InputProblem = "empty" | "binary" | "encoding" | "too-large" | "format" | "no-text";

/** Bad input: the message names the source and says, in plain words, what is wrong with it. */
export class InputError extends Error {
  override readonly name = "InputError";
  readonly source: string;
  readonly problem: InputProblem;

  constructor(source: string, problem: InputProblem, detail: string) {
    super(`${source}: ${detail}`);
    this.source = source;
    this.problem = problem;
  }
}
