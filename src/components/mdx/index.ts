import AtAGlance from './AtAGlance.astro';
import Cite from './Cite.astro';
import Estimates from './Estimates.astro';
import Event from './Event.astro';
import Figure from './Figure.astro';
import Know from './Know.astro';
import PageLink from './PageLink.astro';
import Quote from './Quote.astro';
import { pictureComponents } from '../charts';
import { treatyComponents } from '../treaty';

/** The components every explainer's MDX can use without importing them. */
export const mdxComponents = {
  ...treatyComponents,
  ...pictureComponents,
  AtAGlance,
  Cite,
  Estimates,
  Event,
  Figure,
  Know,
  PageLink,
  Quote,
};
