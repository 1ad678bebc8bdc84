/**
 * The search manifest (metadata, filters, figure and event records, names; see src/data/search.ts)
 * as JSON. The Pagefind integration reads it after the build, and from the dev server in
 * `astro dev`, then deletes it from the build output: it is an input of the index, not a page.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../data/entries';
import { searchManifest } from '../data/search';

export const GET: APIRoute = async () => Response.json(searchManifest(await getSiteData()));
