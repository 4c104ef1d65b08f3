import { MODULE_UIDS, type ModuleName } from '../../../contracts';

/** The Content Manager edit view of a plugin document. */
export const editViewPath = (module: ModuleName, documentId: string) => `/content-manager/collection-types/${MODULE_UIDS[module]}/${documentId}`;
