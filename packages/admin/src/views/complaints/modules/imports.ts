import type { ImportState } from '@gongkai/shared';
import { ApiFailure, refusalMessage } from '@/api/client';
import { t } from '@/i18n';

/**
 * The imports of the other channels' export files: the GraphQL operations (generated into
 * CaseImportsDocument, CaseImportDocument), the upload to POST /complaints/imports, and how a
 * state shows.
 */
export const IMPORT_OPERATIONS = /* GraphQL */ `
  fragment CaseImportFields on CaseImport {
    id
    channel
    fileName
    state
    rowsRead
    rowsTotal
    created
    skipped
    failed
    message
    createdByName
    createdAt
    finishedAt
    errorsUrl
  }

  query CaseImports {
    caseImports {
      ...CaseImportFields
    }
  }

  query CaseImport($id: ID!) {
    caseImport(id: $id) {
      ...CaseImportFields
    }
  }

  query CaseImportErrors($id: ID!, $limit: Int!) {
    caseImportErrors(id: $id, limit: $limit) {
      rowNumber
      sourceCaseId
      reason
    }
  }
`;

export const IMPORT_STATE_TAG: Record<ImportState, 'info' | 'primary' | 'success' | 'danger'> = {
  QUEUED: 'info',
  RUNNING: 'primary',
  DONE: 'success',
  FAILED: 'danger',
};

/** Whether the server is still working on the import. */
export const importActive = (state: string) => state === 'QUEUED' || state === 'RUNNING';

/** The sample file of a channel. */
export const sampleUrl = (channel: string) => `/complaints/imports/samples/${channel.toLowerCase()}`;

export interface UploadedImport {
  id: string;
  state: ImportState;
  fileName: string;
  channel: string;
}

interface UploadAnswer {
  id?: string;
  code?: string;
  message?: string;
  field?: string;
}
function parseAnswer(text: string): UploadAnswer | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as UploadAnswer) : null;
  } catch {
    return null;
  }
}

/**
 * Uploads an export file as the server wants it (multipart, the field `channel` before the file,
 * same origin, the session cookie), reporting the share sent so far (0–100); resolves to the queued
 * import, or rejects with the server's refusal in Chinese (ApiFailure).
 */
export function uploadImport(channel: string, file: File, onProgress: (percent: number) => void): Promise<UploadedImport> {
  return new Promise((resolve, reject) => {
    const body = new FormData();
    body.append('channel', channel);
    body.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/complaints/imports');
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(Math.min(100, Math.round((e.loaded / e.total) * 100)));
    };
    xhr.onload = () => {
      const answer = parseAnswer(xhr.responseText);
      if (xhr.status === 201 && answer?.id) {
        onProgress(100);
        resolve(answer as UploadedImport);
        return;
      }
      const code = answer?.code ?? 'UNKNOWN';
      void refusalMessage(code, answer?.message).then((message) => reject(new ApiFailure(code, message, answer?.field)));
    };
    xhr.onerror = () => reject(new ApiFailure('NETWORK', t('error.network')));
    xhr.send(body);
  });
}
