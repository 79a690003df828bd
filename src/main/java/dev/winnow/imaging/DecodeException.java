package dev.winnow.imaging;

/** An image that could not be decoded; {@link #reason()} is a short counting key such as "truncated". */
public final class DecodeException extends Exception {
    private final String reason;

    public DecodeException(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public DecodeException(String reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
