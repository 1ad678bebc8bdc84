/** Builds the site for a `/sub/` base once, before the deploy tests serve and crawl it. */
import { buildSite, SUB_BUILD } from './support/build';

export default function setup(): void {
  buildSite(SUB_BUILD);
}
