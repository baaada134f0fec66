/**
 * What to tell the person running the build when the folder the site is published to cannot be
 * written, by the system's error code; undefined for errors that are not about the folder.
 */
export function writeFailureMessage(error: unknown, out: string, folder: string): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const where = `the site cannot be published to ${out}`;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `${folder} cannot be written (permission denied), so ${where}. Set OUT_DIR to a folder this user can write to (e.g. OUT_DIR=./dist), or give this user write permission on ${folder}; the site that was there is unchanged.`;
    case 'EROFS':
      return `${folder} is on a read-only disk, so ${where}. Set OUT_DIR to a folder on a writable disk (e.g. OUT_DIR=./dist), or mount that disk writable; the site that was there is unchanged.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk holding ${folder} is full, so ${where}. Free some space (or choose an OUT_DIR on another disk) and build again; the site that was there is unchanged.`;
    case 'EXDEV':
    case 'EBUSY':
      return `${out} cannot be replaced (${code === 'EBUSY' ? 'it is in use, e.g. a disk mounted there' : 'it is on another disk than the folder beside it'}), so the new build was not published. Set OUT_DIR to a folder inside it (e.g. OUT_DIR=${out}/site) and point the web server there; the site that was there is unchanged.`;
    default:
      return undefined;
  }
}
