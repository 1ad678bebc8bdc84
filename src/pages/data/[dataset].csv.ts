/** `/data/<dataset>.csv`: the same entries as the JSON, one row each (RFC 4180, UTF-8). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASET_NAMES, getDatasets, type DatasetName } from '../../data/datasets';

export const getStaticPaths = (() =>
  DATASET_NAMES.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const datasets = await getDatasets();
  return new Response(datasets[params.dataset as DatasetName].csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
