// The files of a message, as chips in its bubble: name, type and size, a download link, and a
// small preview for images. Each fetch passes the server's gate on the message again. The
// auditors' archive lists them without links: an auditor reads the record, not the file.

import { t } from "../i18n";
import { channelsApi, type MessageAttachment } from "./api";

/** "PNG", "PDF", "TEXT": the part of the media type a reader recognises. */
export function kindOf(mediaType: string): string {
  const essence = mediaType.split(";")[0].trim();
  if (essence === "text/plain") return "TEXT";
  return (essence.split("/")[1] ?? essence).toUpperCase();
}

/** 1.2 MB, 34 KB, 512 B. */
export function sizeOf(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

export function AttachmentChips({ files, linked = true }: { files: MessageAttachment[]; linked?: boolean }) {
  if (files.length === 0) return null;
  return (
    <ul class="message-files" aria-label={t("channels.files")}>
      {files.map((f) => {
        const url = channelsApi.attachmentUrl(f.digest);
        if (!linked)
          return (
            <li key={f.digest} class="file-chip">
              <span class="file-name">{f.name}</span>
              <span class="file-meta">
                {kindOf(f.media_type)} · {sizeOf(f.size)}
              </span>
            </li>
          );
        return (
          <li key={f.digest} class="file-chip">
            {f.media_type.startsWith("image/") && (
              <a href={url} target="_blank" rel="noopener" class="file-preview">
                <img src={url} alt={f.name} loading="lazy" />
              </a>
            )}
            <a href={url} download={f.name} class="file-link">
              <span class="file-name">{f.name}</span>
              <span class="file-meta">
                {kindOf(f.media_type)} · {sizeOf(f.size)}
              </span>
              <span class="visually-hidden"> — {t("channels.download")}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
