package dev.winnow.store;

/** A store failure the user can act on (a newer schema, a locked or unreadable database). */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
