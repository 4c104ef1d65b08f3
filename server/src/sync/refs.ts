import type { ModuleName } from '../../../contracts';
import type { RefResolver } from './mapping/types';

/** What a link says about one record: enough to translate ids both ways. */
export interface LinkRef {
  module: ModuleName;
  targetDocumentId: string;
  billyId: string | null;
  billyResource: string | null;
}

/** documentId ↔ Billy id for every synced module, from the link table; kept current as a run links records. */
export class LinkRefs implements RefResolver {
  private readonly byDocument = new Map<string, { billyId: string; resource: string | null }>();
  private readonly byBillyId = new Map<string, string>();

  constructor(links: readonly LinkRef[]) {
    for (const link of links) if (link.billyId) this.set(link.module, link.targetDocumentId, link.billyId, link.billyResource);
  }

  set(module: ModuleName, documentId: string, billyId: string, resource: string | null): void {
    this.byDocument.set(`${module}:${documentId}`, { billyId, resource });
    this.byBillyId.set(`${module}:${billyId}`, documentId);
  }

  billyId(module: ModuleName, documentId: string | null | undefined): string | null {
    return documentId ? (this.byDocument.get(`${module}:${documentId}`)?.billyId ?? null) : null;
  }

  billyResource(module: ModuleName, documentId: string | null | undefined): string | null {
    return documentId ? (this.byDocument.get(`${module}:${documentId}`)?.resource ?? null) : null;
  }

  documentId(module: ModuleName, billyId: string | null | undefined): string | null {
    return billyId ? (this.byBillyId.get(`${module}:${billyId}`) ?? null) : null;
  }
}
