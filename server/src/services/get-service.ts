import type { Core } from '@strapi/strapi';
import type services from './index';

type Services = typeof services;
export type ServiceName = keyof Services;

/** Typed access to the plugin's own services. */
export const getService = <Name extends ServiceName>(strapi: Core.Strapi, name: Name) =>
  strapi.plugin('billy').service(name) as ReturnType<Services[Name]>;
