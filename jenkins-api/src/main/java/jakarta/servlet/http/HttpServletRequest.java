package jakarta.servlet.http;

/**
 * Opaque shell of {@code jakarta.servlet.http.HttpServletRequest}, the supertype of
 * StaplerRequest2.
 */
public interface HttpServletRequest {}
