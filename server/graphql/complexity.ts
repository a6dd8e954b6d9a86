/**
 * Depth and cost of an operation, checked once the operation is known and
 * variables are coerced (an Apollo plugin), so `first: $n` counts like `first: 500`.
 *
 * Cost: every field costs 1 × the number of times it is expected to resolve.
 * A list field multiplies the cost of what it selects by its size argument
 * (`first`, `limit`, `k`, default from the schema) or, for unbounded lists,
 * by LIST_GUESS. Introspection counts too (nested `fields { type { fields …` grows
 * exponentially), with its depth measured apart since TypeRef nests deeply.
 */
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  valueFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from './graphql-js.ts';

const SIZE_ARGUMENTS = ['first', 'limit', 'k'] as const;
/** Expected length of a list with no size argument (relationships, evidence, segments …). */
export const LIST_GUESS = 10;

export interface OperationCost {
  /** Field nesting outside introspection. */
  depth: number;
  /** Field nesting under __schema / __type. */
  introspectionDepth: number;
  complexity: number;
}

export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): OperationCost {
  const root =
    operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return { depth: 0, introspectionDepth: 0, complexity: 0 };

  /** The size argument (`first`, `limit`, `k`) given or defaulted on a field, if it has one. */
  const sizeArgument = (field: GraphQLField<unknown, unknown>, node: FieldNode): number | null => {
    for (const name of SIZE_ARGUMENTS) {
      const def = field.args.find((a) => a.name === name);
      if (!def) continue;
      const ast = node.arguments?.find((a) => a.name.value === name);
      const value = ast ? valueFromAST(ast.value, def.type, variables) : def.defaultValue;
      if (typeof value === 'number' && Number.isFinite(value)) return Math.max(1, value);
    }
    return null;
  };

  const fieldDef = (type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (name === SchemaMetaFieldDef.name && type === root) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name && type === root) return TypeMetaFieldDef;
    if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
    return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
  };

  const fragmentCost = new Map<string, OperationCost>();
  /**
   * `pending`: a size argument on a non-list field (entities(first), neighbourhood(limit))
   * sizes the lists directly below it (nodes, relationships).
   */
  const walk = (type: GraphQLCompositeType, set: SelectionSetNode, seen: ReadonlySet<string>, pending: number | null = null): OperationCost => {
    let depth = 0;
    let introspectionDepth = 0;
    let complexity = 0;
    const take = (child: OperationCost) => {
      complexity += child.complexity;
      depth = Math.max(depth, child.depth);
      introspectionDepth = Math.max(introspectionDepth, child.introspectionDepth);
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const field = fieldDef(type, name);
        if (!field) continue; // validation reports unknown fields
        let own = 1;
        let child: OperationCost = { depth: 0, introspectionDepth: 0, complexity: 0 };
        const named = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(named)) {
          const argument = sizeArgument(field, selection);
          const isList = isListType(getNullableType(field.type));
          child = walk(named, selection.selectionSet, seen, isList ? null : argument);
          const size = isList ? (argument ?? pending ?? LIST_GUESS) : 1;
          own += size * child.complexity;
        }
        complexity += own;
        if (name === SchemaMetaFieldDef.name || name === TypeMetaFieldDef.name) {
          // Introspection has its own, deeper shape (TypeRef nests ofType): measured apart.
          introspectionDepth = Math.max(introspectionDepth, 1 + Math.max(child.depth, child.introspectionDepth));
        } else {
          depth = Math.max(depth, 1 + child.depth);
          introspectionDepth = Math.max(introspectionDepth, child.introspectionDepth);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const cond = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        // Summed even when fragments are alternatives on an abstract type: an overestimate is safe.
        take(walk(cond && isCompositeType(cond) ? cond : type, selection.selectionSet, seen, pending));
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || seen.has(name)) continue; // cycles are a validation error
        // Memoised: a fragment spread many times over must not be walked many times (fragment bombs).
        const key = `${name}:${pending}`;
        let child = fragmentCost.get(key);
        if (!child) {
          const cond = schema.getType(fragment.typeCondition.name.value);
          child = walk(cond && isCompositeType(cond) ? cond : type, fragment.selectionSet, new Set([...seen, name]), pending);
          fragmentCost.set(key, child);
        }
        take(child);
      }
    }
    return { depth, introspectionDepth, complexity };
  };

  return walk(root, operation.selectionSet, new Set());
}
