/** A minimal observable store around the reducer: views subscribe, actions flow in. */
import { reduce, type Action } from './actions.ts';
import type { ViewState } from './view-state.ts';

export type Listener = (state: ViewState, previous: ViewState, action: Action) => void;

export class Store {
  private listeners = new Set<Listener>();

  constructor(private current: ViewState) {}

  get state(): ViewState {
    return this.current;
  }

  dispatch(action: Action): void {
    const previous = this.current;
    const next = reduce(previous, action);
    if (next === previous) return;
    this.current = next;
    for (const l of this.listeners) l(next, previous, action);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
