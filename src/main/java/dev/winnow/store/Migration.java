package dev.winnow.store;

/** One forward schema step, read from {@code db/migration/V<version>__<name>.sql} on the classpath. */
record Migration(int version, String name, String sql) {
}
