// Saving a file the API sent in base64 (an export), as the browser saves a download.

export type SentFile = { fileName: string; mediaType: string; base64: string };

/** The file's bytes. */
export function bytesOf(file: SentFile): Uint8Array<ArrayBuffer> {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Offers the file for saving under its name. */
export function save(file: SentFile): void {
  const url = URL.createObjectURL(new Blob([bytesOf(file)], { type: file.mediaType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
