package dev.winnow.fuzz;

import dev.winnow.testing.TestImages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Every way the fuzz damages one image of a project before `scan` and `embed` (issue 13.7: corrupt images for scan
 * and embed; issue 17: headers that lie, bad checksums). Add a kind here and the fuzz runs it. A damage changes
 * exactly the file it is given (and may rename it); every other image must still be catalogued and embedded.
 */
enum ImageDamage {
    TRUNCATED {
        @Override
        Path apply(Path image, Random r) throws IOException {
            byte[] b = Files.readAllBytes(image);
            return Files.write(image, Arrays.copyOf(b, 1 + r.nextInt(b.length - 1)));
        }
    },
    ZERO_BYTES {
        @Override
        Path apply(Path image, Random r) throws IOException {
            return Files.write(image, new byte[0]);
        }
    },
    RANDOM_CONTENT {
        @Override
        Path apply(Path image, Random r) throws IOException {
            byte[] b = new byte[1 + r.nextInt(50_000)];
            r.nextBytes(b);
            return Files.write(image, b);
        }
    },
    FLIPPED_BYTES {
        @Override
        Path apply(Path image, Random r) throws IOException {
            byte[] b = Files.readAllBytes(image);
            for (int k = 1 + r.nextInt(8); k > 0; k--) b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
            return Files.write(image, b);
        }
    },
    HEADER_CHECKSUM {
        @Override
        Path apply(Path image, Random r) {
            return png(image) ? TestImages.pngWithBadHeaderChecksum(image, image) : FLIPPED_BYTES.applyUnchecked(image, r);
        }
    },
    HUGE_DIMENSIONS {
        @Override
        Path apply(Path image, Random r) {
            long side = r.nextBoolean() ? 100_000 : (1L << 31) - 1;
            return png(image) ? TestImages.pngDeclaring(image, image, side, side) : TRUNCATED.applyUnchecked(image, r);
        }
    },
    CORRUPT_PIXEL_DATA {
        @Override
        Path apply(Path image, Random r) {
            return png(image) ? TestImages.pngWithCorruptData(image, image) : FLIPPED_BYTES.applyUnchecked(image, r);
        }
    },
    WRONG_EXTENSION {
        @Override
        Path apply(Path image, Random r) throws IOException {
            String name = image.getFileName().toString();
            String other = name.endsWith(".png") ? name.replace(".png", ".jpg") : name.replaceAll("\\.jpe?g$", ".png");
            return Files.move(image, image.resolveSibling(other));
        }
    };

    /** Damages {@code image} in place (or renames it); returns the file as it now is. */
    abstract Path apply(Path image, Random r) throws IOException;

    Path applyUnchecked(Path image, Random r) {
        try {
            return apply(image, r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean png(Path image) {
        return image.getFileName().toString().endsWith(".png");
    }
}
