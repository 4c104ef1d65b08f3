/** The Billy client: the only code in the plugin that speaks HTTP to Billy. No Strapi imports here. */
export { createBillyClient, type BillyClient } from './client';
export { BillyError, isBillyError, type BillyErrorReason, type BillyErrorInit } from './errors';
export { DEFAULT_BILLY_API_URL, DEFAULT_CLIENT_SETTINGS, type BillyClientOptions, type BillyLogger } from './options';
export type { BillyHttpStats } from './http';
export type { ListParams, ListResult, ResourceClient, WriteOptions, WriteResult } from './types';
export { MAX_PAGE_SIZE, type Paging } from './paging';
export type { BillyReferenceData } from './reference';
export * from './schemas';
export type * from './inputs';
export type { SharedRate, StoredRate } from './adaptive-rate';
export type { RateMemory } from './rate-memory';
export { billyBankPaymentSchema, type BillyBankPayment, type BillyBankPaymentInput, type BillyInvoiceEmailInput } from './invoice-workflow';
