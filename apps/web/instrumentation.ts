// Runs once when the server starts: the warm-up computes in the background what views derive from the whole KB,
// so that the first readers after a start (or after an ingest) do not wait seconds for it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startWarmUp } = await import("./src/server/warm-up");
  startWarmUp();
}
