/**
 * Imported first by the bench: measure what ships. The worker bundle is built with NODE_ENV
 * "production" (scripts/build-electron.mjs), so React and the PDF code run their production
 * builds there; the bench runs the sources, so it sets the same before React is loaded.
 */
process.env.NODE_ENV = 'production';
