import type { RankedBuckets } from './referential.js';

/**
 * A published histogram's buckets packed in one binary attribute (docs/data-model.md, "Prices"), so a read decodes
 * one value per histogram instead of one attribute per bucket (about 200 each, 7,000 for a region's referential).
 *
 * Layout: a format byte (1), the number of buckets, then for each bucket in amount order the amount's increase over
 * the previous bucket's (the first: the amount itself) and its count. Every number is an unsigned LEB128 varint
 * (7 bits per byte, low bits first, the high bit set on every byte but the last), computed with arithmetic rather
 * than bit operations so amounts beyond 2³¹ cents stay exact (up to 2⁵³). Buckets of 3 significant digits are a
 * few per cent apart, so a bucket takes 2–4 bytes.
 */
const FORMAT = 1;

/** Non-negative integers only: what a bucket's amount and count are. */
function pushVarint(out: number[], value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a packable number: ${value}`);
  while (value >= 128) {
    out.push((value % 128) + 128);
    value = Math.floor(value / 128);
  }
  out.push(value);
}

/** Ranked buckets (amounts strictly increasing, counts positive) as bytes. */
export function packRanked({ amounts, counts }: RankedBuckets): Uint8Array {
  const out: number[] = [FORMAT];
  pushVarint(out, amounts.length);
  let previous = 0;
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i]!;
    if (i > 0 && amount <= previous) throw new RangeError('bucket amounts must increase');
    pushVarint(out, amount - previous);
    pushVarint(out, counts[i]!);
    previous = amount;
  }
  return Uint8Array.from(out);
}

/** The buckets `packRanked` packed. */
export function unpackRanked(bytes: Uint8Array): RankedBuckets {
  if (bytes[0] !== FORMAT) throw new RangeError(`unknown packed histogram format ${bytes[0]}`);
  let at = 1;
  const next = () => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[at++];
      if (byte === undefined) throw new RangeError('truncated packed histogram');
      value += (byte & 127) * scale;
      if (byte < 128) return value;
      scale *= 128;
    }
  };
  const length = next();
  const amounts = new Float64Array(length);
  const counts = new Float64Array(length);
  let amount = 0;
  for (let i = 0; i < length; i++) {
    amount += next();
    amounts[i] = amount;
    counts[i] = next();
  }
  if (at !== bytes.length) throw new RangeError('trailing bytes in a packed histogram');
  return { amounts, counts };
}
