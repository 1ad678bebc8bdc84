import { joinBase } from '../lib/paths';

/** A base-aware internal URL: the one way components and pages write an internal link. */
export const href = (path: string): string => joinBase(import.meta.env.BASE_URL, path);
