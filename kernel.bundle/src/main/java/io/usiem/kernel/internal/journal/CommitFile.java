package io.usiem.kernel.internal.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * The persisted commit point: 8 bytes of position and a CRC32C, replaced atomically (temp file, fsync, rename,
 * fsync of the folder) so a crash leaves either the old or the new value, never a torn one.
 */
final class CommitFile {
    static final String NAME = "commit";
    private static final String TEMP = "commit.tmp";

    private final Path directory;
    private final ByteBuffer buffer = ByteBuffer.allocate(12);
    private final CRC32C crc = new CRC32C();

    CommitFile(Path directory) {
        this.directory = directory;
    }

    /** @return the persisted position, or -1 when none was ever written */
    long read() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(directory.resolve(NAME));
        } catch (NoSuchFileException e) {
            return -1;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (bytes.length != 12) {
            throw new IOException("journal commit file " + directory.resolve(NAME) + " has " + bytes.length + " bytes, expected 12");
        }
        long position = b.getLong(0);
        crc.reset();
        crc.update(bytes, 0, 8);
        if ((int) crc.getValue() != b.getInt(8)) {
            throw new IOException("journal commit file " + directory.resolve(NAME) + " fails its checksum");
        }
        return position;
    }

    synchronized void write(long position) throws IOException {
        buffer.clear();
        buffer.putLong(position);
        crc.reset();
        crc.update(buffer.array(), 0, 8);
        buffer.putInt((int) crc.getValue());
        buffer.flip();
        Path temp = directory.resolve(TEMP);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temp, directory.resolve(NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(directory);
    }

    /** Makes created, renamed and deleted entries of a folder durable (Linux: fsync on the folder). */
    static void syncDirectory(Path directory) throws IOException {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }
}
