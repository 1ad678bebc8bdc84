/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the explainer route before its MDX renders; read by the citing MDX components. */
    citations?: import('./data/notes').PageCitations;
    /** Anchors already written on this page, so a repeated entry does not repeat an id. */
    anchored?: Set<string>;
  }
}
