/**
 * Content script entry. Built as one self-contained IIFE (see vite.config.ts), so it needs
 * no web-accessible resources that a page could probe.
 */
import { ContentApp } from './app';

const KEY = Symbol.for('tidemark.content');
const scope = globalThis as unknown as Record<symbol, ContentApp | undefined>;

// An extension reload injects a fresh copy next to the orphaned one: stop the old one first.
scope[KEY]?.stop();
const app = new ContentApp(document);
scope[KEY] = app;
void app.start();
