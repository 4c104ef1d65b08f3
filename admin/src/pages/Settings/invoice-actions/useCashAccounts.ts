import type { PaymentAccountView } from '../../../../../contracts';
import { errorText } from '../../../components/invoice-actions/actionWording';
import { useGetPaymentAccountsQuery } from '../../../services/invoiceActionsApi';

/** Billy's accounts that take payments; asked only while connected (the list comes from Billy). */
export const useCashAccounts = (connected: boolean) => {
  const { data, error, isLoading } = useGetPaymentAccountsQuery(undefined, { skip: !connected });
  return {
    accounts: connected ? (data ?? []) : [],
    loading: connected && isLoading,
    failure: connected && error ? errorText(error) : null,
  };
};

export const accountLabel = (account: PaymentAccountView) => (account.accountNo ? `${account.accountNo} · ${account.name}` : account.name);
