import { Button } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { pdfErrorText } from './actionWording';
import { actionMessages } from './messages';

const fileNameOf = (disposition: string | null | undefined, fallback: string) => /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;

/** The error of a refusal the route answered in JSON (a blob here, as the PDF would have been); its status where it has none. */
const refusalOf = async (body: Blob, status: number): Promise<unknown> => {
  try {
    return (JSON.parse(await body.text()) as { error?: unknown }).error ?? { message: `HTTP ${status}` };
  } catch {
    return { message: `HTTP ${status}` };
  }
};

/** Fetches the PDF through the admin route (the admin's own session) and hands it to the browser as a download. */
export const DownloadPdfButton = ({ documentId, invoiceNo }: { documentId: string; invoiceNo: string | null }) => {
  const intl = useIntl();
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [loading, setLoading] = useState(false);

  const download = async () => {
    setLoading(true);
    try {
      // A blob request's refusal would come back as "Server Error" without its body; read the body
      // instead (all but a 401, which useFetchClient answers by refreshing the session).
      const response = await get(`/billy/invoices/${encodeURIComponent(documentId)}/pdf`, { responseType: 'blob', validateStatus: (status) => status !== 401 });
      const status = response.status ?? 0;
      if (status >= 400) {
        toggleNotification({ type: 'danger', message: pdfErrorText(intl, await refusalOf(response.data, status)) });
        return;
      }
      const url = URL.createObjectURL(response.data);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileNameOf(response.headers?.get('content-disposition'), `invoice-${invoiceNo ?? 'draft'}.pdf`);
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (caught) {
      toggleNotification({ type: 'danger', message: pdfErrorText(intl, caught) });
    } finally {
      setLoading(false);
    }
  };

  return (
    <Button fullWidth variant="tertiary" loading={loading} onClick={() => void download()} data-testid="billy-pdf">
      {intl.formatMessage(actionMessages.pdf)}
    </Button>
  );
};
