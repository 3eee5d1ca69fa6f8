package io.jenkins.plugins.wsus.core.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one place where core writes and reads its JSON state files: ISO timestamps, durable atomic
 * replacement (temp file, fsync, atomic move) and a size cap on reads.
 */
public final class JsonFiles {
  /** State files are small; anything bigger is not ours (or corrupt). */
  public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .addModule(new Jdk8Module())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          // Newer versions may add fields; older readers must still load the file.
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private JsonFiles() {}

  /** The shared, configured mapper (thread-safe). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Serializes {@code value} to bytes with the shared mapper. */
  public static byte[] toBytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialize " + value.getClass().getName(), e);
    }
  }

  /** Writes {@code value} as JSON to {@code target}, replacing it atomically and durably. */
  public static void writeAtomically(Path target, Object value) {
    writeAtomically(target, toBytes(value));
  }

  /**
   * Writes bytes to a temp file in the same directory, forces them to disk, then atomically moves
   * the temp file over {@code target}: a reader sees either the old or the new content, never a
   * partial file, even if the process dies halfway.
   */
  public static void writeAtomically(Path target, byte[] content) {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
      forceDirectory(dir);
    } catch (IOException e) {
      throw new StateFileException(target, "cannot write: " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // best effort: a stray temp file is harmless and is not read back
        }
      }
    }
  }

  /** Reads a JSON file into {@code type}; a missing, oversized or unparsable file is an error. */
  public static <T> T read(Path file, Class<T> type) {
    return read(file, MAPPER.constructType(type));
  }

  /** Reads a JSON file into a generic {@code type}. */
  public static <T> T read(Path file, JavaType type) {
    byte[] bytes = readBytes(file);
    try {
      T value = MAPPER.readValue(bytes, type);
      if (value == null) {
        throw new StateFileException(file, "file holds JSON null");
      }
      return value;
    } catch (IOException e) {
      throw new StateFileException(file, "not valid JSON for " + type + ": " + e.getMessage(), e);
    }
  }

  /** Reads a file's bytes with the size cap. */
  public static byte[] readBytes(Path file) {
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        throw new StateFileException(
            file, "file is " + size + " bytes, more than the " + MAX_FILE_BYTES + " allowed");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new StateFileException(file, "file does not exist", e);
    } catch (IOException e) {
      throw new StateFileException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Makes a rename durable on file systems that need the directory synced (not all allow it). */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open directories; the move itself is still atomic there.
    }
  }
}
