import LocatorMap from '../map/LocatorMap.astro';
import Chart from './Chart.astro';

/**
 * The pictures explainers can embed: `<Chart name="casualties" />`, `<Chart name="deployment"
 * metric="troops_deployed" />` and `<LocatorMap />`.
 */
export const pictureComponents = { Chart, LocatorMap };
