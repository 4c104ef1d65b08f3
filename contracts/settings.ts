import type { AlertSettings } from './alerts';
import type { InvoiceActionSettings } from './invoice-actions';
import type { ModuleName } from './modules';

export const SYNC_MODES = ['manual', 'automatic'] as const;
export const SYNC_DIRECTIONS = ['toBilly', 'fromBilly', 'both'] as const;
export const SYNC_PRIORITIES = ['strapi', 'billy'] as const;
export const INVOICE_PRIORITY_MODULES = ['organizations', 'contacts'] as const;
export const MAPPING_MODES = ['default', 'custom'] as const;
export const FIELD_DIRECTIONS = ['both', 'toBilly', 'fromBilly'] as const;
export const FIELD_TRANSFORMS = ['trim', 'upperCase', 'lowerCase', 'countryNameToIso', 'isoToCountryName'] as const;

export type SyncMode = (typeof SYNC_MODES)[number];
export type SyncDirection = (typeof SYNC_DIRECTIONS)[number];
/** With `both`: which side wins a conflict ("send CRM data first" = strapi, "send Billy data first" = billy). */
export type SyncPriority = (typeof SYNC_PRIORITIES)[number];
/** Which Billy contact an invoice or credit note goes to: its organization's, or its person's. */
export type InvoicePriorityModule = (typeof INVOICE_PRIORITY_MODULES)[number];
export type MappingMode = (typeof MAPPING_MODES)[number];
export type FieldDirection = (typeof FIELD_DIRECTIONS)[number];
export type FieldTransform = (typeof FIELD_TRANSFORMS)[number];

export interface FieldMappingPair {
  strapiField: string;
  billyField: string;
  direction: FieldDirection;
  transform?: FieldTransform;
}

export interface MappingSettings {
  mode: MappingMode;
  /** Only read when mode is `custom`; a module left out uses the default mapping. */
  custom: Partial<Record<ModuleName, FieldMappingPair[]>>;
}

/** What a user chooses on the Settings page (the token is handled apart: it is a secret). */
export interface BillySettings {
  mapping: MappingSettings;
  syncMode: SyncMode;
  syncDirection: SyncDirection;
  /** Required when syncDirection is `both`; null otherwise. */
  priority: SyncPriority | null;
  invoicePriorityModule: InvoicePriorityModule;
  /** Send invoices to Billy approved (booked) rather than as drafts. */
  approveInvoices: boolean;
  /** Push a record to Billy within seconds of a save in Strapi. */
  syncOnSave: boolean;
  /** Approve, send and pay from the invoice's edit view. */
  invoiceActions: InvoiceActionSettings;
  /** Who is e-mailed about failures, and how long Billy may be silent before that is one. */
  alerts: AlertSettings;
}

export type SecretSource = 'env' | 'config' | 'store';

/** The token as routes show it: never the value, at most its last four characters. */
export interface AccessTokenView {
  isSet: boolean;
  /** A token is stored but can't be decrypted (the encryption key changed): paste it again, or clear it. */
  unreadable?: true;
  lastFour: string | null;
  source: SecretSource | null;
  /** Set by the server (plugin config or BILLY_ACCESS_TOKEN): the page shows it locked. */
  locked: boolean;
}

export interface ApiUrlView {
  value: string;
  source: 'env' | 'config' | 'default';
}

export interface SettingsView extends BillySettings {
  accessToken: AccessTokenView;
  apiUrl: ApiUrlView;
}

export type ConnectionState = 'connected' | 'failed' | 'unconfigured';

export interface ConnectionStatus {
  state: ConnectionState;
  organization: { id: string; name: string } | null;
  /** On failure: auth (token refused), network (Billy unreachable) or billy (Billy error). */
  reason: string | null;
  message: string | null;
  checkedAt: string | null;
}

/** GET /billy/settings — with the last known connection status (no request to Billy). */
export interface GetSettingsResponse {
  data: SettingsView;
  connection: ConnectionStatus;
}

/**
 * PUT /billy/settings — any subset of the settings; `accessToken` a new token, or null to remove
 * the stored one. Unknown keys or wrong values answer 400 with the path of each bad field.
 */
export type UpdateSettingsRequest = Partial<Omit<BillySettings, 'alerts'>> & { alerts?: Partial<AlertSettings>; accessToken?: string | null };

export interface UpdateSettingsResponse {
  data: SettingsView;
  connection: ConnectionStatus;
}

/** POST /billy/connection/check */
export interface CheckConnectionResponse {
  data: ConnectionStatus;
}

/** The body of a 400: one entry per bad field. */
export interface ValidationErrorBody {
  error: {
    status: 400;
    name: 'ValidationError';
    message: string;
    details: { errors: Array<{ path: string[]; message: string; name: 'ValidationError' }> };
  };
}
