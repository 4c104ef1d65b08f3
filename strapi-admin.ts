// Admin entry point: the admin build imports the built copy (dist/admin) through package.json "exports".
export { default } from './admin/src';
