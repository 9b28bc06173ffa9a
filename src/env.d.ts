declare namespace App {
  interface Locals {
    /**
     * The published tables, set by a page before it renders an MDX narrative: MDX cannot pass
     * props to the <Value> components inside it, so they read the page's tables here.
     */
    tables?: import('./lib/validation/load.ts').Tables;
  }
}
