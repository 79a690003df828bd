package dev.winnow.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A named lock on a home that one process holds at a time, for work two commands must not do at once: embedding
 * one project twice, two reviewers handing out the same batches, two trainings numbering the same model version.
 * It is the operating system's lock on {@code <home>/locks/<name>.lock}, so a process that dies never leaves it held;
 * the file says who holds it (process id, command, since when) for the message of whoever finds it taken. SQLite
 * serialises single writes by itself; this is for whole commands.
 */
public final class HomeLock implements AutoCloseable {
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
    /** The byte locked: past the holder text, so that the text stays readable where locks are mandatory (Windows). */
    private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;

    private final FileChannel channel;
    private final FileLock lock;

    private HomeLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock, or refuses with an {@link IllegalStateException} saying who holds it and what to do.
     * {@code what} names the work for the message, e.g. "winnow embed mojo3".
     */
    public static HomeLock exclusive(Path home, String name, String what) {
        HomeLock l = tryTake(home, name, what);
        if (l != null) return l;
        throw new IllegalStateException("another `" + what + "` is running on this home (" + holder(home, name)
                + "); wait for it to finish, or stop it, and run this again");
    }

    /** Takes the lock, waiting for whoever holds it; {@code waiting} hears once that it waits and for whom. */
    public static HomeLock waitFor(Path home, String name, String what, Consumer<String> waiting) {
        boolean said = false;
        while (true) {
            HomeLock l = tryTake(home, name, what);
            if (l != null) return l;
            if (!said) {
                waiting.accept("waiting for another `" + what + "` on this home to finish (" + holder(home, name) + ") ...");
                said = true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for another `" + what + "`");
            }
        }
    }

    private static HomeLock tryTake(Path home, String name, String what) {
        Path file = file(home, name);
        FileChannel ch = null;
        try {
            Files.createDirectories(file.getParent());
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock(LOCKED_BYTE, 1, false);
            } catch (OverlappingFileLockException heldInThisProcess) {
                lock = null;
            }
            if (lock == null) {
                ch.close();
                return null;
            }
            String holder = "pid " + ProcessHandle.current().pid() + ", `" + what + "` since "
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return new HomeLock(ch, lock);
        } catch (IOException e) {
            try {
                if (ch != null) ch.close();
            } catch (IOException ignored) {
                // the first failure is the one to report
            }
            throw new UncheckedIOException("cannot take the lock " + file + ": " + e.getMessage(), e);
        }
    }

    private static String holder(Path home, String name) {
        try {
            String text = Files.readString(file(home, name), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "another process" : text;
        } catch (IOException e) {
            return "another process";
        }
    }

    private static Path file(Path home, String name) {
        return home.resolve("locks").resolve(UNSAFE.matcher(name).replaceAll("_") + ".lock");
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release a home lock", e);
        }
    }
}
