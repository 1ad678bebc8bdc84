import Cite from './Cite.astro';
import Event from './Event.astro';
import Figure from './Figure.astro';
import Quote from './Quote.astro';

/** The components every explainer's MDX can use without importing them. */
export const mdxComponents = { Cite, Event, Figure, Quote };
