package dev.winnow.catalog;

/** An image file that cannot be used; {@link #reason()} is a short counting key such as "truncated". */
public final class BadImageException extends Exception {
    private final String reason;

    public BadImageException(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
