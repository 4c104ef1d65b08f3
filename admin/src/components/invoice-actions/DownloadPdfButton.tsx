import { Button } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { errorText } from './actionWording';
import { actionMessages } from './messages';

const fileNameOf = (disposition: string | null | undefined, fallback: string) => /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;

/** Fetches the PDF through the admin route (the admin's own session) and hands it to the browser as a download. */
export const DownloadPdfButton = ({ documentId, invoiceNo }: { documentId: string; invoiceNo: string | null }) => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [loading, setLoading] = useState(false);

  const download = async () => {
    setLoading(true);
    try {
      const response = await get(`/billy/invoices/${encodeURIComponent(documentId)}/pdf`, { responseType: 'blob' });
      const url = URL.createObjectURL(response.data);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileNameOf(response.headers?.get('content-disposition'), `invoice-${invoiceNo ?? 'draft'}.pdf`);
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (caught) {
      const failure = caught as { response?: { data?: { error?: { message?: string } } } };
      toggleNotification({ type: 'danger', message: formatMessage(actionMessages.pdfFailed, { message: failure.response?.data?.error?.message ?? errorText(caught) }) });
    } finally {
      setLoading(false);
    }
  };

  return (
    <Button fullWidth variant="tertiary" loading={loading} onClick={() => void download()} data-testid="billy-pdf">
      {formatMessage(actionMessages.pdf)}
    </Button>
  );
};
