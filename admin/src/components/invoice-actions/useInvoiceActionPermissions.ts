import { useRBAC } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../../../../contracts';

/** Module-level: useRBAC re-checks whenever its argument changes identity. Named by the last segment: canApprove, canSend, canPay. */
const INVOICE_ACTIONS = [
  { action: PERMISSIONS.invoicesApprove, subject: null },
  { action: PERMISSIONS.invoicesSend, subject: null },
  { action: PERMISSIONS.invoicesPay, subject: null },
];

export const useInvoiceActionPermissions = () => {
  const { isLoading, allowedActions } = useRBAC(INVOICE_ACTIONS);
  return {
    loading: isLoading,
    canApprove: allowedActions.canApprove === true,
    canSend: allowedActions.canSend === true,
    canPay: allowedActions.canPay === true,
  };
};
