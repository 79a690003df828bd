package dev.winnow.store;

/**
 * A store failure the user can act on (a newer schema, a locked or unreadable database): the store is in a state
 * Winnow cannot work with, reported like any other such state.
 */
public class StoreException extends IllegalStateException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
