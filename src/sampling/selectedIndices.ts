/** The indices `i` with `mask[i] = 1`, in increasing order (O(N), no sort). */
export function selectedIndices(mask: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i] === 1) out.push(i);
  return out;
}
