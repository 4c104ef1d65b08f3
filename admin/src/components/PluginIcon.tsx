import { ArrowsCounterClockwise } from '@strapi/icons';

export const PluginIcon = () => <ArrowsCounterClockwise />;
