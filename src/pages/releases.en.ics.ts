import type { APIRoute } from 'astro';
import { releasesIcs } from '../site-data/releases.ts';

/** /releases.en.ics: the release calendar in English (RFC 5545). */
export const GET: APIRoute = () => new Response(releasesIcs('en'), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
