import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the caller's document asks for `field` directly under the field being resolved (through fragments too),
 * for a use case that can read ahead what that field will need (in the same request as something it reads anyway).
 * A directive (`@include`, `@skip`) is not evaluated: the field counts as asked.
 */
export function asksFor(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, field: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === 'Field') return s.name.value === field;
      if (s.kind === 'InlineFragment') return visit(s.selectionSet);
      return visit(info.fragments?.[s.name.value]?.selectionSet);
    });
  return (info.fieldNodes ?? []).some((node) => visit(node.selectionSet));
}
