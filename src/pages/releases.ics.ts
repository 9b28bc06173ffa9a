import type { APIRoute } from 'astro';
import { releasesIcs } from '../site-data/releases.ts';

/** /releases.ics: the release calendar in Georgian (RFC 5545). */
export const GET: APIRoute = () => new Response(releasesIcs('ka'), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
