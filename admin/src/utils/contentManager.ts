import type { ComponentType, ReactNode } from 'react';

/**
 * The few Content Manager types the plugin uses, declared here (as the Strapi docs' examples do)
 * so the plugin does not depend on @strapi/content-manager for types only.
 */
export interface EditViewContext {
  activeTab: 'draft' | 'published' | null;
  collectionType: string;
  /** Undefined while an entry is being created. */
  document?: { documentId?: string; updatedAt?: string | null; [key: string]: unknown };
  documentId?: string;
  model: string;
}

export interface ModalDialog {
  type: 'modal';
  title: string;
  content: ComponentType<{ onClose: () => void }> | ReactNode;
  footer?: ComponentType<{ onClose: () => void }> | ReactNode;
  onClose?: () => void;
}

export interface DocumentActionDescription {
  label: string;
  icon?: ReactNode;
  disabled?: boolean;
  position?: 'panel' | 'header' | 'table-row' | Array<'panel' | 'header' | 'table-row'>;
  dialog?: ModalDialog;
  variant?: 'default' | 'secondary' | 'tertiary' | 'success' | 'danger';
  onClick?: () => boolean | void;
}

export interface DocumentActionComponent {
  (props: EditViewContext): DocumentActionDescription | null;
  type?: string;
  position?: DocumentActionDescription['position'];
}

export interface PanelDescription {
  title: string;
  content: ReactNode;
}

export interface PanelComponent {
  (props: EditViewContext): PanelDescription | null;
  type?: string;
}

export interface ContentManagerApis {
  addDocumentAction: (actions: DocumentActionComponent[]) => void;
  addEditViewSidePanel: (panels: PanelComponent[]) => void;
}
