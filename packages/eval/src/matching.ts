// One-to-one matching of gold items to predicted items, so one prediction never counts twice.

/**
 * A maximum matching between gold items (rows) and predicted items (columns) in a weighted
 * compatibility matrix (weight > 0 means compatible). Each gold item takes its heaviest free candidate,
 * and takes an owned one (moving its owner on) only when no candidate is free, so the matching is as
 * large as can be while close pairs stay together.
 * Returns, for each gold item, the index of its predicted item or -1.
 */
export function matchOneToOne(weights: readonly (readonly number[])[], columns: number): number[] {
  const ownerOf = new Array<number>(columns).fill(-1);
  const matchOf = new Array<number>(weights.length).fill(-1);
  const order = weights.map((row) =>
    row
      .map((w, j) => ({ w, j }))
      .filter((c) => c.w > 0)
      .sort((a, b) => b.w - a.w || a.j - b.j)
      .map((c) => c.j),
  );
  const tryAssign = (i: number, seen: boolean[]): boolean => {
    // A free candidate first: re-assigning an owned one is only worth it when nothing else is left.
    const free = (order[i] ?? []).find((j) => !seen[j] && (ownerOf[j] ?? -1) < 0);
    if (free !== undefined) {
      seen[free] = true;
      ownerOf[free] = i;
      matchOf[i] = free;
      return true;
    }
    for (const j of order[i] ?? []) {
      if (seen[j]) continue;
      seen[j] = true;
      const owner = ownerOf[j] ?? -1;
      if (owner < 0 || tryAssign(owner, seen)) {
        ownerOf[j] = i;
        matchOf[i] = j;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < weights.length; i++) tryAssign(i, new Array<boolean>(columns).fill(false));
  return matchOf;
}
