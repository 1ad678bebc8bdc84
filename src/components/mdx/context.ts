/**
 * What the citing MDX components share: the page's precomputed notes (set by the route in
 * `Astro.locals.citations`) and the set of anchors already written, so that an entry cited twice
 * gets its anchor id once.
 */
import type { Note } from '../../data/notes';
import { noteKey } from '../../data/notes';
import type { CitingComponent } from '../../lib/mdx-refs';

export function noteFor(locals: App.Locals, component: CitingComponent, ids: string): Note {
  const note = locals.citations?.byKey.get(noteKey(component, ids));
  if (!note) {
    throw new Error(
      `<${component} ${component === 'Cite' ? 'ids' : 'id'}="${ids}"> has no note: citing components work only in explainer pages (content/explainers/*.mdx), whose route sets Astro.locals.citations`,
    );
  }
  return note;
}

/** The anchor id to write, or undefined when this page already has it. */
export function claimAnchor(locals: App.Locals, anchor: string): string | undefined {
  locals.anchored ??= new Set();
  if (locals.anchored.has(anchor)) return undefined;
  locals.anchored.add(anchor);
  return anchor;
}
