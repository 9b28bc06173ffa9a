import type { APIRoute, GetStaticPaths } from 'astro';
import { getTables } from '../../site-data/tables.ts';
import { releaseVersions } from '../../site-data/releases.ts';
import { siteSettings } from '../../site-data/route.ts';
import { ogCardPaths, ogCardPng, type OgCardProps } from '../../lib/routes/og.ts';

/** Each page's social card, per language: /og/<lang>/<route>.png (1200 × 630). */
export const getStaticPaths = (async () => ogCardPaths(await getTables(), releaseVersions())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await ogCardPng(props as OgCardProps, siteSettings), { headers: { 'Content-Type': 'image/png' } });
