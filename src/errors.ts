// Errors that end a command, each one line for the user with its exit code. Problems
// in seeds are messages, never these (messages.ts); these are for what the seeds
// cannot cause: bad usage, a folder Broadsheet may not use, a disk that refuses.

/** A reason to stop, told to the user as it is. Exit code 2: usage, configuration or a folder. */
export class BuildError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

/** What the file system says, in words, for the errors a user can mend. */
const fileSystemErrors: Record<string, string> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "over the disk quota",
  EROFS: "the file system is read-only",
  EACCES: "permission denied",
  EPERM: "not permitted",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "is a folder, not a file",
  ENAMETOOLONG: "the name is too long for the file system",
  EMFILE: "too many open files",
  ENFILE: "too many open files",
  EIO: "an input/output error",
  EEXIST: "a file of that name is in the way",
  ENOENT: "no such file or folder (was it removed while the build ran?)",
  ELOOP: "too many symbolic links on the way",
  ENOTEMPTY: "a folder that should be empty is not",
  EBUSY: "the file or folder is in use",
};

/** Errors only a write meets, whatever call met them (opening a file to write it, on a full or read-only disk). */
const writingCodes = new Set(["ENOSPC", "EDQUOT", "EROFS"]);
const readingCalls = new Set(["read", "scandir", "stat", "lstat", "fstat", "readlink", "access"]);

/** A file-system error as a BuildError naming its path, or null when it is not one. */
export function fileSystemError(error: unknown): BuildError | null {
  const { code, path, dest, syscall } = error as NodeJS.ErrnoException & { dest?: string };
  const words = code ? fileSystemErrors[code] : undefined;
  if (!words) return null;
  const verb = writingCodes.has(code!) ? "write" : syscall === "open" ? "open" : syscall && readingCalls.has(syscall) ? "read" : "write";
  return new BuildError(`cannot ${verb} ${dest ?? path ?? "the site"}: ${words} (${code})`);
}

/** Runs `write`, naming `path` in any error the file system raises without a path (a full disk on write). */
export function writing<T>(path: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    throw withPath(error, path);
  }
}

export function withPath(error: unknown, path: string): unknown {
  const failure = error as NodeJS.ErrnoException;
  if (failure.code && !failure.path) failure.path = path;
  return failure;
}
