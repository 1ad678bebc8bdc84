import Ratification from './Ratification.astro';
import Treaty1961 from './Treaty1961.astro';
import TreatyArticles from './TreatyArticles.astro';
import TreatyFacts from './TreatyFacts.astro';
import TreatyReactions from './TreatyReactions.astro';

/** The treaty components MDX pages use (registered in ../mdx/index.ts). */
export const treatyComponents = { Ratification, Treaty1961, TreatyArticles, TreatyFacts, TreatyReactions };
