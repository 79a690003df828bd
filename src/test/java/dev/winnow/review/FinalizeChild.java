package dev.winnow.review;

import dev.winnow.store.Store;

import java.nio.file.Path;

/** Runs a finalize in its own JVM, slowly and telling each step, so that a test can kill it for real. */
final class FinalizeChild {
    private FinalizeChild() {
    }

    public static void main(String[] args) {
        try (Store store = Store.open(Path.of(args[0]))) {
            ReviewSession s = new ReviewSession(store, ReviewFixture.PROJECT, ReviewOrder.TIME, 100, op -> {
                System.out.println("performed " + op.seq());
                System.out.flush();
                try {
                    Thread.sleep(15);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            s.finalizeBatch(args[1]);
        }
    }
}
