import type { MessageDescriptor } from 'react-intl';
import type { ModuleName } from '../../../contracts';
import { message } from './message';

export const moduleLabels: Record<ModuleName | 'creditNotes', MessageDescriptor> = {
  organizations: message('module.organizations', 'Organizations'),
  contacts: message('module.contacts', 'Contacts'),
  products: message('module.products', 'Products'),
  invoices: message('module.invoices', 'Invoices'),
  creditNotes: message('module.creditNotes', 'Credit notes'),
};
