/**
 * Arguments that name a graph node: an id, or (for convenience in GraphiQL and
 * notebooks) a name in any script, resolved through findByName after
 * conversion to Simplified. A reference that matches nothing is NOT_FOUND.
 */
import type { GraphNode, NodeLabel } from '../../shared/graph.ts';
import type { ApiContext } from './context.ts';
import { badInput, notFound } from './errors.ts';
import { nameForms } from './names.ts';

/** Looks a node up by name, Simplified form first, then the raw text (English/pinyin aliases). */
export async function findNamed(ctx: ApiContext, name: string, labels?: readonly NodeLabel[]): Promise<GraphNode | null> {
  for (const form of nameForms(name)) {
    if (form === '') continue;
    const best = await ctx.store.findByName(form);
    if (best && (!labels || labels.includes(best.label))) return best;
    if (labels) {
      for (const label of labels) {
        const hit = await ctx.store.findByName(form, label);
        if (hit) return hit;
      }
    }
  }
  return null;
}

function describe(labels: readonly NodeLabel[] | undefined): string {
  return labels ? labels.join(' or ') : 'entity';
}

/** One node by id or name, of one of `labels` when given. */
export async function resolveRef(ctx: ApiContext, ref: string, labels?: readonly NodeLabel[], argument?: string): Promise<GraphNode> {
  const trimmed = ref.trim();
  if (trimmed === '') throw badInput(`Argument "${argument ?? 'id'}" is empty.`, argument);
  const byId = await ctx.loaders.node.load(trimmed);
  const node = byId ?? (await findNamed(ctx, trimmed, labels));
  if (!node) throw notFound(describe(labels), trimmed);
  if (labels && !labels.includes(node.label)) {
    throw badInput(`"${trimmed}" is a ${node.label}; ${argument ? `"${argument}" needs` : 'expected'} a ${describe(labels)}.`, argument);
  }
  ctx.loaders.primeNodes([node]);
  return node;
}

export function resolveRefs(ctx: ApiContext, refs: readonly string[], labels?: readonly NodeLabel[], argument?: string): Promise<GraphNode[]> {
  return Promise.all(refs.map((r) => resolveRef(ctx, r, labels, argument)));
}

export const PLACE_LABELS: readonly NodeLabel[] = ['Zone', 'Region'];
