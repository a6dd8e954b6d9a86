/**
 * Which subfields a resolver's field selects, so a list resolver can fetch
 * what those subfields will need in one batch before returning: fields that
 * then find their data already loaded resolve synchronously, and graphql-js
 * completes the list without a promise per item.
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from './graphql-js.ts';

/** The names selected directly under this field (through inline fragments and fragment spreads). */
export function selectedNames(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    if (!set) return;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) names.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        walk(info.fragments[s.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  return names;
}

/** The names selected under `child` of this field (e.g. evidence → document). */
export function selectedUnder(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, child: string): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const collect = (set: SelectionSetNode | undefined, under: boolean) => {
    if (!set) return;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (under) names.add(s.name.value);
        else if (s.name.value === child) collect(s.selectionSet, true);
      } else if (s.kind === Kind.INLINE_FRAGMENT) collect(s.selectionSet, under);
      else if (!seen.has(`${s.name.value}:${under}`)) {
        seen.add(`${s.name.value}:${under}`);
        collect(info.fragments[s.name.value]?.selectionSet, under);
      }
    }
  };
  for (const node of info.fieldNodes) collect(node.selectionSet, false);
  return names;
}

/** The sub-selection of one child field, shaped for selectedNames/selectedUnder. */
export function selectedField(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  child: string,
): Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'> {
  const fieldNodes: FieldNode[] = [];
  const seen = new Set<string>();
  const collect = (set: SelectionSetNode | undefined) => {
    if (!set) return;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value === child) fieldNodes.push(s);
      } else if (s.kind === Kind.INLINE_FRAGMENT) collect(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        collect(info.fragments[s.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) collect(node.selectionSet);
  return { fieldNodes, fragments: info.fragments };
}
