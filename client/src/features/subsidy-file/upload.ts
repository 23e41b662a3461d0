/** What the API accepts (it checks the bytes again after upload: the browser's word counts for nothing). */
export const ACCEPTED_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** Why a chosen file cannot be sent, in French, or undefined. */
export function refusalOf(file: Pick<File, 'type' | 'size'>): string | undefined {
  if (!(ACCEPTED_TYPES as readonly string[]).includes(file.type))
    return 'Seuls les fichiers PDF, PNG et JPEG sont acceptés.';
  if (file.size === 0) return 'Le fichier est vide.';
  if (file.size > MAX_DOCUMENT_BYTES) return 'Le fichier dépasse 10 Mo.';
  return undefined;
}

/** Sends the bytes to the signed link (S3 on AWS, the local server locally); false when refused. */
export async function putBytes(uploadUrl: string, file: File): Promise<boolean> {
  try {
    const response = await fetch(uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': file.type },
      body: file,
    });
    return response.ok;
  } catch {
    return false;
  }
}

/** 1 234 567 bytes → "1,2 Mo". */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} ko`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} Mo`;
}
