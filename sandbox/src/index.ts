/** The Billy API v2 sandbox: an offline simulator of billy.dk's REST API, for tests, demos and the playground. */
export { startSandbox } from './server';
export type {
  FaultKind,
  FaultRule,
  RandomFaults,
  RateLimit,
  RequestLogEntry,
  RunningSandbox,
  SandboxControl,
  SandboxOptions,
  SandboxOrganizationSeed,
  SandboxSwitches,
} from './public-types';
export type {
  ContactType,
  CreditNoteLiteral,
  DiscountMode,
  InvoiceState,
  PaymentTermsMode,
  SandboxContact,
  SandboxContactPerson,
  SandboxInvoice,
  SandboxInvoiceLine,
  SandboxOrganization,
  SandboxProduct,
  SandboxProductPrice,
  SandboxSeed,
  SandboxState,
  SentState,
  TaxMode,
} from './records';
