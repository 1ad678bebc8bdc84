/** `/data/<dataset>.json`: every entry of a collection, as a JSON array sorted by id. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASET_NAMES, getDatasets, type DatasetName } from '../../data/datasets';

export const getStaticPaths = (() =>
  DATASET_NAMES.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const datasets = await getDatasets();
  return new Response(datasets[params.dataset as DatasetName].json, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
