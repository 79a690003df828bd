package dev.winnow.review;

import dev.winnow.catalog.ImageFormats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An image's companions as the disk holds them right now, not as of the last scan (a caption written since
 * must still travel with its image). Same rule as the catalog: a non-image file belongs to the image in its
 * folder whose stem is the longest prefix of its name ending before a dot.
 */
final class CompanionFinder {
    private final Map<Path, List<String>> listings = new HashMap<>();

    List<Path> companionsOf(Path image) throws IOException {
        Path dir = image.getParent();
        List<String> names = listing(dir);
        Set<String> imageStems = new HashSet<>();
        for (String n : names) if (ImageFormats.isImageName(n)) imageStems.add(stem(n));
        String own = stem(image.getFileName().toString());
        List<Path> out = new ArrayList<>();
        for (String n : names) {
            if (ImageFormats.isImageName(n) || !n.startsWith(own + ".")) continue;
            if (own.equals(owner(n, imageStems))) out.add(dir.resolve(n));
        }
        return out;
    }

    private static String owner(String name, Set<String> imageStems) {
        for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
            String prefix = name.substring(0, dot);
            if (imageStems.contains(prefix)) return prefix;
        }
        return null;
    }

    private List<String> listing(Path dir) throws IOException {
        List<String> cached = listings.get(dir);
        if (cached != null) return cached;
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String n = p.getFileName().toString();
                if (!n.startsWith(".") && Files.isRegularFile(p)) names.add(n);
            }
        }
        names.sort(null);
        listings.put(dir, names);
        return names;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
