import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/**
 * An item of a low-level answer as plain values: what `unmarshall` of `@aws-sdk/util-dynamodb` returns with its
 * default options (numbers as JavaScript numbers, BigInt beyond the safe integers; sets as `Set`s; binaries as
 * they came), without its allocations: it reads each value's type with `Object.entries` (an array and a pair per
 * attribute) and builds maps with `reduce`. The reads of many items (shared/reads.ts) spent a tenth of their
 * allocations there (docs/performance.md, "Third pass"). It reads DynamoDB's JSON as well (read-transport.ts), whose
 * binaries are base64 text. `test/shared/unmarshall.test.ts` holds both to the same answers.
 */
export function unmarshallItem(item: Record<string, AttributeValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name in item) out[name] = nativeOf(item[name]!);
  return out;
}

function nativeOf(value: AttributeValue): unknown {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return numberOf(value.N);
  if (value.M !== undefined) return unmarshallItem(value.M);
  if (value.L !== undefined) return value.L.map(nativeOf);
  if (value.BOOL !== undefined) return Boolean(value.BOOL);
  if (value.NULL !== undefined) return null;
  if (value.B !== undefined) return binaryOf(value.B);
  if (value.SS !== undefined) return new Set(value.SS);
  if (value.NS !== undefined) return new Set(value.NS.map(numberOf));
  if (value.BS !== undefined) return new Set(value.BS.map(binaryOf));
  const type = Object.keys(value).find(
    (key) => (value as unknown as Record<string, unknown>)[key] !== undefined,
  );
  throw new Error(type ? `Unsupported type passed: ${type}` : `No value defined: ${JSON.stringify(value)}`);
}

/** The SDK's answers carry bytes; DynamoDB's JSON (read-transport.ts) carries them in base64. */
function binaryOf(value: Uint8Array | string): Uint8Array {
  if (typeof value !== 'string') return value;
  const bytes = Buffer.from(value, 'base64');
  // A plain Uint8Array over the same memory, as the SDK gives.
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

function numberOf(text: string): number | bigint {
  const n = Number(text);
  if ((n > Number.MAX_SAFE_INTEGER || n < Number.MIN_SAFE_INTEGER) && Number.isFinite(n)) {
    try {
      return BigInt(text);
    } catch {
      throw new Error(`${text} can't be converted to BigInt. Set options.wrapNumbers to get string value.`);
    }
  }
  return n;
}
