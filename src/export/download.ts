// Saves a Blob as a file: an object URL on a temporary <a download>, clicked and removed; the URL is
// revoked once the browser has taken the file.
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoking synchronously can cancel the download in some browsers: give it a moment.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

export function downloadText(text: string, fileName: string, type: string): void {
  download(new Blob([text], { type }), fileName);
}
