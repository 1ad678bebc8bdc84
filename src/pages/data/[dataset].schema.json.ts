/** `/data/<dataset>.schema.json`: the JSON Schema of `/data/<dataset>.json`, derived from the Zod schema. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASET_NAMES, getDatasets, type DatasetName } from '../../data/datasets';

export const getStaticPaths = (() =>
  DATASET_NAMES.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const datasets = await getDatasets();
  const schema = datasets[params.dataset as DatasetName].jsonSchema;
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
