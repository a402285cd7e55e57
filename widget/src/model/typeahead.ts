/**
 * Type-ahead as state, headless (no DOM): the suggestions for what the citizen is typing and which
 * one the arrow keys point at. The UI renders it as an ARIA 1.2 combobox with a listbox and only
 * forwards keys and text here, so the behaviour is tested in node.
 */
import { signal, type Signal } from '@preact/signals-core';
import type { CompiledSituation } from '../../../knowledge/compiler/compiled.ts';
import { scrubCpr } from '../core/cpr.ts';
import { suggest, type SearchIndex } from '../core/search.ts';

/** Type-ahead state and actions. */
export interface Typeahead {
  suggestions: Signal<CompiledSituation[]>;
  /** Index of the suggestion the arrow keys point at, -1 for none. */
  active: Signal<number>;
  /** Suggest for the text typed so far (scrubbed of CPR numbers first, like everything else). */
  update(text: string): void;
  /** Moves the pointer down (1) or up (-1), wrapping around; from none, down starts at the first. */
  move(step: 1 | -1): void;
  /** The suggestion the pointer is on, if any. */
  current(): CompiledSituation | undefined;
  /** Closes the list. */
  clear(): void;
}

/** Fewer letters than this suggest nothing: one or two letters match too much to help. */
export const minLetters = 3;

/** Creates the type-ahead over a search index. */
export function createTypeahead(index: SearchIndex, limit = 3): Typeahead {
  const suggestions = signal<CompiledSituation[]>([]);
  const active = signal(-1);
  return {
    suggestions,
    active,
    update(text) {
      const { text: scrubbed } = scrubCpr(text);
      const found = scrubbed.replace(/\s+/g, '').length < minLetters ? [] : suggest(index, scrubbed, limit).map((hit) => hit.situation);
      const same = found.length === suggestions.value.length && found.every((s, i) => s === suggestions.value[i]);
      if (!same) {
        suggestions.value = found;
        active.value = -1;
      }
    },
    move(step) {
      const count = suggestions.value.length;
      if (count === 0) return;
      active.value = active.value === -1 ? (step === 1 ? 0 : count - 1) : (active.value + step + count) % count;
    },
    current() {
      return suggestions.value[active.value];
    },
    clear() {
      suggestions.value = [];
      active.value = -1;
    },
  };
}
