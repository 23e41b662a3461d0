import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { lazySchema } from '../../functions/shared/lazy-schema.js';
import { parseInput } from '../../functions/shared/validation.js';

describe('a schema built on first use (functions/shared/lazy-schema.ts)', () => {
  it('is built once, when first read, and then parses, composes and refuses as the schema itself', () => {
    let builds = 0;
    const id = lazySchema(() => {
      builds += 1;
      return z.string().trim().min(1).max(5);
    });
    const input = lazySchema(() =>
      z.object({ id, other: id.nullish(), ids: z.array(id).max(2) }).refine((v) => v.id !== 'x', 'Pas x.'),
    );
    const edit = lazySchema(() => z.object({ a: id, b: id }).omit({ b: true }).extend({ c: id.optional() }));
    expect(builds).toBe(0);

    expect(parseInput(input, { id: ' ab ', ids: ['c'] })).toEqual({ id: 'ab', ids: ['c'] });
    expect(builds).toBe(1);
    expect(() => parseInput(input, { id: 'x', ids: [] }, ['input'])).toThrow(/Pas x/);
    const refused = input.safeParse({ id: '', other: 'far too long', ids: ['a', 'b', 'c'] });
    expect(refused.error?.issues.map((i) => i.path)).toEqual([['id'], ['other'], ['ids']]);
    expect(edit.safeParse({ a: 'q' }).success).toBe(true);
    expect(edit.safeParse({ a: 'q', c: 'far too long' }).success).toBe(false);
    expect(id instanceof z.ZodString && input instanceof z.ZodType).toBe(true);
    expect(builds).toBe(1);
  });
});
