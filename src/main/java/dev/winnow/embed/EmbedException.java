package dev.winnow.embed;

/** One image could not be embedded; {@link #reason()} is a short counting key. The run carries on. */
public final class EmbedException extends Exception {
    private final String reason;

    public EmbedException(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
