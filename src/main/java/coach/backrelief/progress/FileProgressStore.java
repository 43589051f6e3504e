package coach.backrelief.progress;

import coach.backrelief.faults.Faults;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Progress in local files, the default when no table is configured (console, local server).
 *
 * <p><b>Files.</b> In a directory only its owner can read (created so if missing), one
 * {@code <sha256(userId)>.json} per user, so no user id appears on disk, holding
 * {@code {"version":N,"progress":{…}}}. A save writes a temp file in the same directory, forces it
 * to disk, then renames it over the record with {@code ATOMIC_MOVE}: a reader sees the old record
 * or the new one, and a crash mid-write leaves at worst a stray {@code *.tmp} (ignored, removed by
 * the next save or forget for that user).
 *
 * <p><b>Locking.</b> Read-check-write of one user runs under an exclusive {@link FileChannel#lock()}
 * on {@code <hash>.lock}, so the version check is atomic across processes. Within this process a
 * lock stripe serialises first: the JVM refuses overlapping file locks, and closing any channel on
 * a file drops the process's POSIX locks on it. Lock files are empty and never deleted (deleting
 * one while another process waits on it would let two processes lock different files). Two store
 * instances on one directory in one JVM are not supported: share the instance.
 *
 * <p><b>Corrupt records</b> are moved aside to {@code <hash>.json.corrupt} (kept for inspection,
 * removed by forget) and reported as {@link CorruptProgressException}; the user starts afresh.
 */
public final class FileProgressStore implements ProgressStore {
    private static final int STRIPES = 32;

    /** Called with the written temp file just before it is renamed; tests simulate a crash here. */
    interface BeforeRename {
        void at(Path tempFile) throws IOException;
    }

    private final Path dir;
    private final ProgressJson json;
    private final BeforeRename beforeRename;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    public FileProgressStore(Path dir) {
        this(dir, temp -> { });
    }

    FileProgressStore(Path dir, BeforeRename beforeRename) {
        this.dir = dir;
        this.json = new ProgressJson();
        this.beforeRename = beforeRename;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    public Path directory() {
        return dir;
    }

    @Override
    public Optional<StoredProgress> load(String userId) {
        String key = key(userId);
        return locked(key, "read", () -> read(key));
    }

    @Override
    public long save(String userId, UserProgress progress, long expectedVersion) {
        String key = key(userId);
        return locked(key, "save", () -> {
            long current = read(key).map(StoredProgress::version).orElse(0L);
            if (current != expectedVersion) {
                throw new ConflictException(expectedVersion);
            }
            deleteTemps(key);
            write(key, new StoredProgress(progress, expectedVersion + 1));
            return expectedVersion + 1;
        });
    }

    @Override
    public void delete(String userId) {
        String key = key(userId);
        locked(key, "delete", () -> {
            Files.deleteIfExists(record(key));
            Files.deleteIfExists(dir.resolve(key + ".json.corrupt"));
            deleteTemps(key);
            return null;
        });
    }

    private Optional<StoredProgress> read(String key) throws IOException {
        Path file = record(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readFile(bytes));
        } catch (IOException | RuntimeException e) {
            Files.move(file, dir.resolve(key + ".json.corrupt"), StandardCopyOption.REPLACE_EXISTING);
            throw new CorruptProgressException("progress file unreadable, moved aside to .corrupt", e);
        }
    }

    private void write(String key, StoredProgress stored) throws IOException {
        Path temp = Files.createTempFile(dir, key + ".", ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap(json.writeFile(stored)));
                out.force(true);
            }
            beforeRename.at(temp);
            Files.move(temp, record(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void deleteTemps(String key) throws IOException {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, key + ".*.tmp")) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private interface Io<T> {
        T run() throws IOException;
    }

    private <T> T locked(String key, String operation, Io<T> action) {
        ReentrantLock stripe = stripes[Math.floorMod(key.hashCode(), STRIPES)];
        stripe.lock();
        try {
            createPrivateDirectory();
            try (FileChannel lockFile = FileChannel.open(dir.resolve(key + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockFile.lock()) {
                return action.run();
            }
        } catch (IOException e) {
            throw new ProgressStoreException("progress file " + operation + " failed: " + Faults.describe(e), e);
        } finally {
            stripe.unlock();
        }
    }

    /** Creates the directory readable by this user only (where the file system has POSIX permissions). */
    private void createPrivateDirectory() throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    private Path record(String key) {
        return dir.resolve(key + ".json");
    }

    /** The file name stem for a user: SHA-256 of the id, hex. */
    static String key(String userId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
