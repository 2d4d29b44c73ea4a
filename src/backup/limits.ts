// What a backup file may be, and why this number.
//
// A backup holds every stored document with its text: the whole database of a large library is ~20 MB
// as JSON. A file ten times that is not a backup of this app (a video, a disk image), so it is refused
// before a single byte is read, with a message giving its size.

const MB = 1024 * 1024;

/** A backup file larger than this is refused unread. */
export const MAX_BACKUP_BYTES = 200 * MB;
