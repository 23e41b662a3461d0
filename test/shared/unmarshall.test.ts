import { describe, expect, it } from 'vitest';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshallItem } from '../../functions/shared/unmarshall.js';

/** Items of every attribute type, as DynamoDB answers them. */
const items: Record<string, AttributeValue>[] = [
  marshall({
    PK: 'APP#1',
    n: 42,
    negative: -3.25,
    zero: 0,
    flag: false,
    on: true,
    nothing: null,
    text: '',
    list: [1, 'two', { three: [3, { four: null }] }, [true]],
    map: { nested: { deeper: { cents: 123_456 } }, empty: {} },
    strings: new Set(['a', 'b']),
    numbers: new Set([1, 2.5]),
    bytes: new Uint8Array([1, 2, 3]),
    binaries: new Set([new Uint8Array([4])]),
  }),
  // Numbers beyond the safe integers become BigInts, as with unmarshall's defaults.
  { big: { N: '9007199254740993' }, small: { N: '-9007199254740993' }, huge: { N: '1e400' } },
  {},
];

describe('unmarshallItem', () => {
  it('gives what util-dynamodb’s unmarshall gives, for every attribute type', () => {
    for (const item of items) expect(unmarshallItem(item)).toStrictEqual(unmarshall(item));
  });

  it('reads the binaries of DynamoDB’s JSON (base64 text, as the read transport gets them) as bytes', () => {
    const wire = {
      bytes: { B: 'AQID' },
      binaries: { BS: ['BA=='] },
    } as unknown as Record<string, AttributeValue>;
    expect(unmarshallItem(wire)).toEqual({
      bytes: Uint8Array.from([1, 2, 3]),
      binaries: new Set([Uint8Array.from([4])]),
    });
    const { bytes } = unmarshallItem(wire) as { bytes: Uint8Array };
    expect([...bytes]).toEqual([1, 2, 3]);
  });

  it('refuses a value of no known type, as unmarshall does', () => {
    const unknown = { x: { $unknown: ['Z', 1] } as unknown as AttributeValue };
    expect(() => unmarshall(unknown)).toThrow('Unsupported type passed: $unknown');
    expect(() => unmarshallItem(unknown)).toThrow('Unsupported type passed: $unknown');
  });
});
