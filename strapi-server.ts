// Server entry point: Strapi loads the built copy (dist/server) through package.json "exports".
export { default } from './server/src';
